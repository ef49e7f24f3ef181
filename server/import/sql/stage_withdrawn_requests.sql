-- The returns this file says were withdrawn, cancelled or expired (normalise-returns.ts): no
-- returns, and taken out of what earlier imports stored of them, keyed as incoming returns are
-- (stage_incoming_returns.sql): by return id, else by order, SKU and request. Empty when the file
-- gives no request status. Staged before the normalised returns are dropped.
-- $params: saysStatus, reason (the reject reason of a withdrawn request)
CREATE OR REPLACE TEMP TABLE withdrawn_requests AS
SELECT DISTINCT
  coalesce(return_id, generated_return_id(order_id, sku, requested_at)) AS return_id,
  return_id IS NOT NULL AS return_id_given, order_id, sku, requested_at
FROM normalised_returns
WHERE $saysStatus::BOOLEAN AND has_problem(problems, $reason::VARCHAR)
  AND (return_id IS NOT NULL OR (order_id IS NOT NULL AND sku IS NOT NULL AND requested_at IS NOT NULL));
