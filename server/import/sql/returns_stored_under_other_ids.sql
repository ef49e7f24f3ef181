-- This import's returns that an earlier import stored under another id: the same order line, the
-- same units, asked for in the same second ("RMA-0007" here, "R7" stored: two tools number the same
-- returns each their own way). Both are counted; they are named, not merged, since one request can
-- also be numbered once per unit, in one export. A request dated by its day alone tells no second
-- and is left out, as are keys made of (order, SKU, requested at), matched by their day already
-- (delete_overlapping_returns.sql).
-- $params: importId
WITH incoming AS (
  SELECT return_id, order_id, sku, quantity, requested_at FROM returns
  WHERE import_id = $importId::INTEGER AND requested_at <> request_date
    AND return_id <> generated_return_id(order_id, sku, requested_at)
    -- a first import has nothing stored to resemble
    AND EXISTS (FROM returns WHERE import_id <> $importId::INTEGER)
),
pairs AS (
  SELECT i.return_id AS file_id, min(e.return_id) AS stored_id
  FROM incoming AS i
  JOIN returns AS e USING (order_id, sku, quantity, requested_at)
  WHERE e.import_id <> $importId::INTEGER AND e.return_id <> i.return_id
    AND e.return_id <> generated_return_id(e.order_id, e.sku, e.requested_at)
  GROUP BY i.return_id
)
SELECT count(*)::INTEGER AS returns,
       coalesce(list(file_id || ' / ' || stored_id ORDER BY file_id)[1:5], [])::VARCHAR[] AS examples
FROM pairs;
