-- The order lines this import's returns touch that now have more units returned than sold: a
-- return listed on several rows (a status history, two exports pasted together) counts each row,
-- and nothing else would say so. Rejected returns came back to no stock and are left out.
-- $params: importId
WITH touched AS (
  SELECT DISTINCT order_id, sku FROM returns WHERE import_id = $importId::INTEGER AND matched AND resolution <> 'rejected'
),
returned AS (
  SELECT order_id, sku, sum(quantity) AS units FROM returns SEMI JOIN touched USING (order_id, sku)
  WHERE resolution <> 'rejected' GROUP BY ALL
),
sold AS (
  SELECT order_id, sku, sum(quantity) AS units FROM order_lines SEMI JOIN touched USING (order_id, sku) GROUP BY ALL
)
SELECT count(*)::INTEGER AS lines,
       coalesce(list(order_id || ' / ' || sku ORDER BY order_id, sku)[1:5], [])::VARCHAR[] AS examples
FROM returned JOIN sold USING (order_id, sku)
WHERE returned.units > sold.units;
