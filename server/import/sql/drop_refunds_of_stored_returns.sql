-- This file's refunds without an id that are a stored returns app's return
-- (stage_refunds_of_stored_returns.sql) are not written: the app's record of the return is kept,
-- with its reason, request and receipt, and the refund is not counted a second time.
-- $params: none
DELETE FROM incoming_returns AS i
WHERE EXISTS (
  SELECT 1 FROM refunds_of_stored_returns AS p
  WHERE p.refund_stored_row IS NULL AND p.refund_id = i.return_id AND p.sku = i.sku AND p.refund_line_no = i.line_no
);
