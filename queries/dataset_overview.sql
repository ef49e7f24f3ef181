-- What is loaded? Sizes, currency and the values each filter can take, for the filter bar
-- and the empty states.
-- $params: none
SELECT
  (SELECT count(*) FROM order_lines)::INTEGER AS "orderLines",
  (SELECT count(*) FROM returns)::INTEGER AS "returns",
  -- a shop exports in one currency; the most frequent one labels the money
  (SELECT mode(currency) FROM order_lines) AS "currency",
  coalesce((SELECT bool_and(is_demo) FROM imports), false) AS "isDemo",
  (SELECT coalesce(list(DISTINCT category ORDER BY category) FILTER (category IS NOT NULL), []) FROM order_lines) AS "categories",
  (SELECT coalesce(list(DISTINCT channel ORDER BY channel) FILTER (channel IS NOT NULL), []) FROM order_lines) AS "channels",
  (SELECT coalesce(list(DISTINCT region ORDER BY region) FILTER (region IS NOT NULL), []) FROM order_lines) AS "regions",
  (SELECT coalesce(list(DISTINCT carrier ORDER BY carrier) FILTER (carrier IS NOT NULL), []) FROM order_lines) AS "carriers",
  (SELECT coalesce(list(DISTINCT reason ORDER BY reason), []) FROM returns) AS "reasons";
