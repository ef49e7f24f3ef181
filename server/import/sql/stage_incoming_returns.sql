-- The accepted returns of this file, one per key: the source's return id, else
-- (order, sku, requested at). When a file repeats a key, its last row wins, as a later export would.
-- $params: none
CREATE OR REPLACE TEMP TABLE incoming_returns AS
SELECT * EXCLUDE (return_id, problems, dated_at_order),
  coalesce(return_id, order_id || '|' || sku || '|' || strftime(requested_at, '%Y-%m-%dT%H:%M:%S')) AS return_id
FROM normalised_returns
WHERE problems IS NULL
QUALIFY row_number() OVER (
  PARTITION BY coalesce(return_id, order_id || '|' || sku || '|' || strftime(requested_at, '%Y-%m-%dT%H:%M:%S'))
  ORDER BY file_row DESC) = 1;
