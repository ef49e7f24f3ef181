-- The order lines this import returns that now have more units returned than sold, by every
-- import's returns: one return of 3 units of a line of 1 (a quantity typed wrong), a line returned
-- on each step of its history under one id, or the same return exported twice under two ids by two
-- tools. Each row counts, the line's return rate is above 100 %, and nothing else would say so.
-- Only lines that can be over are summed: a return of several units, or of an order with several
-- return lines (order_return_lines, set as the returns were linked); at 1M returns, summing every
-- line the file touches took 5 s. Rejected returns came back to no stock and are left out.
-- $params: importId
WITH candidates AS (
  SELECT DISTINCT order_id, sku FROM returns
  WHERE import_id = $importId::INTEGER AND matched AND resolution <> 'rejected'
    AND (quantity > 1 OR order_return_lines > 1)
),
returned AS (
  SELECT order_id, sku, sum(quantity) AS units FROM returns SEMI JOIN candidates USING (order_id, sku)
  WHERE resolution <> 'rejected'
  GROUP BY ALL
),
sold AS (
  SELECT order_id, sku, sum(quantity) AS units FROM order_lines SEMI JOIN candidates USING (order_id, sku)
  GROUP BY ALL
)
SELECT count(*)::INTEGER AS lines,
       coalesce(list(order_id || ' / ' || sku ORDER BY order_id, sku)[1:5], [])::VARCHAR[] AS examples
FROM returned JOIN sold USING (order_id, sku)
WHERE returned.units > sold.units;
