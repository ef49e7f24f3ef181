-- What is loaded? Sizes, currency and the values each filter can take, for the filter bar
-- and the empty states. The values come from the small daily rollups, not the order lines.
-- Coverage: how many returns carry each optional field, so that a page can say "your data has no
-- refund amounts" instead of showing 0, or offering to widen a period that cannot help.
-- $params: none
SELECT
  (SELECT count(*) FROM order_lines)::INTEGER AS "orderLines",
  (SELECT count(*) FROM returns)::INTEGER AS "returns",
  (SELECT max(currency) FROM data_facts) AS "currency",
  coalesce((SELECT max(currencies) FROM data_facts), []) AS "currencies",
  coalesce((SELECT bool_and(is_demo) FROM imports), false) AS "isDemo",
  (SELECT coalesce(list(DISTINCT category ORDER BY category) FILTER (category IS NOT NULL), []) FROM sales_daily) AS "categories",
  (SELECT coalesce(list(DISTINCT channel ORDER BY channel) FILTER (channel IS NOT NULL), []) FROM orders_daily) AS "channels",
  (SELECT coalesce(list(DISTINCT region ORDER BY region) FILTER (region IS NOT NULL), []) FROM orders_daily) AS "regions",
  (SELECT coalesce(list(DISTINCT carrier ORDER BY carrier) FILTER (carrier IS NOT NULL), []) FROM orders_daily) AS "carriers",
  (SELECT coalesce(list(DISTINCT reason ORDER BY reason), []) FROM returns) AS "reasons",
  (SELECT {
     -- 'unknown': the file had neither a resolution nor a refund amount column
     'resolution': count(*) FILTER (resolution <> 'unknown')::INTEGER,
     'refundAmount': count(amount_exported)::INTEGER,
     'disposition': count(disposition)::INTEGER,
     'recoveredValue': count(recovered_value)::INTEGER,
     'shippingCost': count(shipping_cost)::INTEGER,
     'receivedAt': count(received_at)::INTEGER,
     'resolvedAt': count(resolved_at)::INTEGER,
     -- reason_raw is null when the file had no reason text, and such a return is filed under 'other'
     'reasonText': count(reason_raw)::INTEGER
   } FROM returns) AS "coverage";
