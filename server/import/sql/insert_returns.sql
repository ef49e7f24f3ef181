-- Stores the accepted returns with their stage durations in fractional days; the order line's
-- attributes are copied on afterwards by server/store/derived/returns.sql.
-- $params: importId
INSERT INTO returns BY NAME
SELECT
  return_id, line_no, order_id, sku, quantity, reason_raw, reason, reason_group, requested_at, received_at, resolved_at,
  resolution, amount AS amount_exported, disposition, recovered_value, shipping_cost, carrier,
  requested_at::DATE AS request_date,
  date_trunc('month', requested_at)::DATE AS request_month,
  date_diff('second', requested_at, received_at) / 86400.0 AS days_request_to_received,
  -- a return resolved before it was received (an instant refund) did not wait for its receipt: no such stage
  CASE WHEN resolved_at >= received_at THEN date_diff('second', received_at, resolved_at) / 86400.0 END AS days_received_to_resolved,
  date_diff('second', requested_at, resolved_at) / 86400.0 AS days_request_to_resolved,
  $importId::INTEGER AS import_id
FROM incoming_returns;
