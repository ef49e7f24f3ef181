-- What is loaded? Sizes, currency and the values each filter can take, for the filter bar
-- and the empty states. The values come from the small daily rollups, not the order lines.
-- $params: none
SELECT
  (SELECT count(*) FROM order_lines)::INTEGER AS "orderLines",
  (SELECT count(*) FROM returns)::INTEGER AS "returns",
  (SELECT max(currency) FROM data_facts) AS "currency",
  coalesce((SELECT bool_and(is_demo) FROM imports), false) AS "isDemo",
  (SELECT coalesce(list(DISTINCT category ORDER BY category) FILTER (category IS NOT NULL), []) FROM sales_daily) AS "categories",
  (SELECT coalesce(list(DISTINCT channel ORDER BY channel) FILTER (channel IS NOT NULL), []) FROM orders_daily) AS "channels",
  (SELECT coalesce(list(DISTINCT region ORDER BY region) FILTER (region IS NOT NULL), []) FROM orders_daily) AS "regions",
  (SELECT coalesce(list(DISTINCT carrier ORDER BY carrier) FILTER (carrier IS NOT NULL), []) FROM orders_daily) AS "carriers",
  (SELECT coalesce(list(DISTINCT reason ORDER BY reason), []) FROM returns) AS "reasons";
