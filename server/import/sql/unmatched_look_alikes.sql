-- Unmatched returns whose order is in the data written another way: leading zeros that a
-- spreadsheet dropped on one side ("00123" and "123"), a number saved with decimals ("1002.0") or
-- shown with a thousands separator ("1.001" and "1001").
-- They are not linked ("123" and "00123" may be two orders): they are named, so that the export
-- can be fixed. Returns whose order id is in the data and whose SKU is not are another matter, and
-- left out. Only ids with something to drop are loosened. It runs only when some return is
-- unmatched; at 10M order lines with 200,000 unmatched returns it takes about 1 s.
-- $params: importId (the returns of that import; null: every return),
--          ordersImportId (the orders of that import; null: every order)
WITH unmatched AS (
  SELECT order_id, count(*) AS returns
  FROM returns
  WHERE NOT matched AND ($importId::INTEGER IS NULL OR import_id = $importId::INTEGER)
  GROUP BY order_id
  HAVING order_id NOT IN (SELECT order_id FROM orders)
),
-- the orders looked among
ordered AS (
  SELECT order_id FROM order_lines
  WHERE $ordersImportId::INTEGER IS NULL OR import_id = $ordersImportId::INTEGER
),
-- either side's ids without the zeros, decimals and separators a spreadsheet changes
keyed AS MATERIALIZED (
  SELECT side, order_id, returns, loose_order_id(order_id) AS loose_key
  FROM (
    SELECT 'returned' AS side, order_id, returns FROM unmatched
    UNION ALL
    SELECT DISTINCT 'ordered', order_id, 0 FROM ordered
    WHERE order_id_may_loosen(order_id) AND EXISTS (FROM unmatched)
  )
),
look_alikes AS (
  -- the return's id loosened is an order's as written: "1002.0" and "1002"
  SELECT r.order_id AS returned_as, o.order_id AS ordered_as, r.returns
  FROM keyed AS r JOIN ordered AS o ON o.order_id = r.loose_key
  WHERE r.side = 'returned' AND r.loose_key <> r.order_id
  UNION ALL
  -- the order's id loosened is the return's, loosened or not: "00123" and "123"
  SELECT r.order_id, o.order_id, r.returns
  FROM keyed AS r JOIN keyed AS o USING (loose_key)
  WHERE r.side = 'returned' AND o.side = 'ordered'
),
per_return_id AS (
  SELECT returned_as, min(ordered_as) AS ordered_as, any_value(returns) AS returns
  FROM look_alikes
  GROUP BY returned_as
)
SELECT coalesce(sum(returns), 0)::INTEGER AS returns,
       coalesce(list(returned_as || ' / ' || ordered_as ORDER BY returned_as)[1:5], [])::VARCHAR[] AS examples,
       count(*)::INTEGER AS orders
FROM per_return_id;
