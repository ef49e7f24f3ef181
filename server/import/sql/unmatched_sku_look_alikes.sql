-- Unmatched returns whose order is in the data with their SKU written another way: leading zeros a
-- spreadsheet dropped on one side ("00123" and "123"), a number saved with decimals ("77.0"), or
-- another tool's capitals ("ABC-1" and "abc-1"), loosened as order ids are (loose_order_id).
-- They are not linked (a SKU may be another product): they are named, so that the export can be
-- fixed. Only the SKUs of each such return's own order are looked at, so few lines are compared;
-- returns whose order is not in the data are unmatched_look_alikes.sql's.
-- $params: importId (the returns of that import; null: every return),
--          ordersImportId (the orders of that import; null: every order)
WITH unmatched AS (
  SELECT order_id, sku, count(*) AS returns
  FROM returns
  WHERE NOT matched AND ($importId::INTEGER IS NULL OR import_id = $importId::INTEGER)
    AND order_id IN (SELECT order_id FROM orders)
  GROUP BY order_id, sku
),
ordered AS (
  SELECT DISTINCT order_id, sku FROM order_lines
  WHERE order_id IN (SELECT order_id FROM unmatched)
    AND ($ordersImportId::INTEGER IS NULL OR import_id = $ordersImportId::INTEGER)
),
look_alikes AS (
  SELECT u.order_id, u.sku AS returned_as, min(o.sku) AS ordered_as, any_value(u.returns) AS returns
  FROM unmatched AS u
  JOIN ordered AS o ON o.order_id = u.order_id AND loose_order_id(lower(o.sku)) = loose_order_id(lower(u.sku))
  GROUP BY u.order_id, u.sku
)
SELECT coalesce(sum(returns), 0)::INTEGER AS returns,
       count(*)::INTEGER AS lines,
       coalesce(list(order_id || ': ' || returned_as || ' / ' || ordered_as ORDER BY order_id, returned_as)[1:5], [])::VARCHAR[] AS examples
FROM look_alikes;
