-- The order lines this import returns more than once under one return id (line_no > 1: each step
-- of a status history, or a return twice in exports pasted together) that now have more units
-- returned than sold. Every row counts, and nothing else would say so. Only those few lines are
-- summed: at 1M returns, summing every line the file touches took 5 s. Rejected returns came back
-- to no stock and are left out.
-- $params: importId
WITH repeated AS (
  SELECT DISTINCT order_id, sku FROM returns
  WHERE import_id = $importId::INTEGER AND line_no > 1 AND matched AND resolution <> 'rejected'
),
returned AS (
  SELECT order_id, sku, sum(quantity) AS units FROM returns SEMI JOIN repeated USING (order_id, sku)
  WHERE resolution <> 'rejected'
  GROUP BY ALL
),
sold AS (
  SELECT order_id, sku, sum(quantity) AS units FROM order_lines SEMI JOIN repeated USING (order_id, sku)
  GROUP BY ALL
)
SELECT count(*)::INTEGER AS lines,
       coalesce(list(order_id || ' / ' || sku ORDER BY order_id, sku)[1:5], [])::VARCHAR[] AS examples
FROM returned JOIN sold USING (order_id, sku)
WHERE returned.units > sold.units;
