-- Unmatched returns whose order is in the data written another way: leading zeros that a
-- spreadsheet dropped on one side ("00123" and "123"), a number saved with decimals ("1002.0"),
-- letters in another case ("so-1001"). They are not linked ("123" and "00123" may be two orders):
-- they are named, so that the export can be fixed. Returns whose order id is in the data and whose
-- SKU is not are another matter, and left out.
-- $params: importId (the returns of that import; null: every return in the data)
WITH unmatched AS (
  SELECT order_id, count(*) AS returns
  FROM returns
  WHERE NOT matched AND ($importId::INTEGER IS NULL OR import_id = $importId::INTEGER)
  GROUP BY order_id
  HAVING order_id NOT IN (SELECT order_id FROM orders)
),
-- either side's ids without what a spreadsheet changes; the orders only read when some return
-- is left to look for
keyed AS MATERIALIZED (
  SELECT side, order_id, returns, lower(regexp_replace(regexp_replace(order_id, '\.0+$', ''), '^0+([0-9])', '\1')) AS loose_key
  FROM (
    SELECT 'returned' AS side, order_id, returns FROM unmatched
    UNION ALL
    SELECT 'ordered', order_id, 0 FROM orders WHERE EXISTS (FROM unmatched)
  )
),
look_alikes AS (
  SELECT r.order_id AS returned_as, min(o.order_id) AS ordered_as, any_value(r.returns) AS returns
  FROM keyed AS r JOIN keyed AS o USING (loose_key)
  WHERE r.side = 'returned' AND o.side = 'ordered'
  GROUP BY r.order_id
)
SELECT coalesce(sum(returns), 0)::INTEGER AS returns,
       coalesce(list('"' || returned_as || '" / "' || ordered_as || '"' ORDER BY returned_as)[1:5], [])::VARCHAR[] AS examples,
       count(*)::INTEGER AS orders
FROM look_alikes;
