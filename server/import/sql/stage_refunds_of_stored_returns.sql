-- The same return told by a platform's refund columns and by a returns app, one stored and the
-- other in this file: a combined file's return without an id (WooCommerce's "Qty Refunded",
-- dated on its "Refund Date") and a return with the source's id (RMA-501) of the same order line.
-- The platform refunds once the parcel is back, a week or two after the request the app dates it
-- by, so the two never share the request day that matches returns without ids
-- (delete_overlapping_returns.sql), and each counted twice. They are one when the refund has the
-- same units as the app's returns of the line it can be, together (a line's refund states its
-- units refunded so far), the same amount (within 1 %, where all give one), is dated on or after
-- each app request and by its resolution or 30 days after it, whichever is later (the parcel's
-- trip back and its inspection take one to three weeks at most shops; 30 days leaves a slow
-- carrier in and a refund for a later unit out), and the app's return is a refund or still
-- pending (an exchange or store credit is given no refund, so a refund beside it is another unit
-- of the line). An app return that two refunds could be is neither's, and a refund of 1 unit
-- beside two app returns of 1 is neither: not guessed between. The app's are kept (reason,
-- request, receipt, resolution): the refund's row is taken out of the store
-- (delete_overlapping_returns.sql) or out of the file (drop_refunds_of_stored_returns.sql), and
-- each is named (import-warnings.ts).
-- $params: none
CREATE OR REPLACE TEMP TABLE refunds_of_stored_returns AS
WITH touched AS (
  SELECT DISTINCT order_id, sku FROM incoming_returns
),
stored AS (
  SELECT r.rowid AS stored_row, r.* FROM returns AS r SEMI JOIN touched USING (order_id, sku)
),
-- returns without an id that a combined file states for its line: this file's, or an earlier one's
refunds AS (
  SELECT NULL::BIGINT AS stored_row, return_id, line_no, order_id, sku, quantity, amount, requested_at
  FROM incoming_returns SEMI JOIN lines_stating_returns USING (order_id, sku)
  WHERE NOT return_id_given
  UNION ALL
  SELECT stored_row, return_id, line_no, order_id, sku, quantity, amount_exported, requested_at
  FROM stored
  WHERE return_id = generated_return_id(order_id, sku, requested_at)
    AND import_id IN (SELECT import_id FROM imports WHERE kind = 'combined')
),
-- returns with the source's own id, refunded or pending
app_returns AS (
  SELECT NULL::BIGINT AS stored_row, return_id, line_no, order_id, sku, quantity, amount, requested_at, resolved_at
  FROM incoming_returns
  WHERE return_id_given AND coalesce(resolution, 'pending') IN ('refund', 'pending')
  UNION ALL
  SELECT stored_row, return_id, line_no, order_id, sku, quantity, amount_exported, requested_at, resolved_at
  FROM stored
  WHERE return_id <> generated_return_id(order_id, sku, requested_at) AND coalesce(resolution, 'pending') IN ('refund', 'pending')
),
-- each app return one refund alone may be part of: of its line, no more units, in its window
candidates AS (
  SELECT f.stored_row AS refund_stored_row, f.return_id AS refund_id, f.line_no AS refund_line_no, f.order_id, f.sku,
    f.quantity AS refund_units, f.amount AS refund_amount, f.requested_at AS refunded_at,
    a.return_id AS app_id, a.quantity AS app_units, a.amount AS app_amount, a.requested_at AS app_requested_at
  FROM refunds AS f
  JOIN app_returns AS a USING (order_id, sku)
  -- one of the two is this file's: what was stored was judged when it came
  WHERE (f.stored_row IS NULL) <> (a.stored_row IS NULL)
    AND a.quantity <= f.quantity
    AND f.requested_at::DATE >= a.requested_at::DATE
    AND f.requested_at::DATE <= greatest(a.requested_at::DATE + 30, a.resolved_at::DATE)
  QUALIFY count(*) OVER (PARTITION BY a.stored_row, a.return_id, a.sku, a.line_no) = 1
)
-- a line's refund states its units refunded so far: two app returns of one unit each are its 2
SELECT refund_stored_row, refund_id, refund_line_no, sku,
  order_id || ' / ' || sku || ' refunded ' || strftime(refunded_at, '%Y-%m-%d') || ': '
    || string_agg(app_id || ' requested ' || strftime(app_requested_at, '%Y-%m-%d'), ', ' ORDER BY app_requested_at, app_id) AS told
FROM candidates
GROUP BY refund_stored_row, refund_id, refund_line_no, order_id, sku, refund_units, refund_amount, refunded_at
HAVING sum(app_units) = refund_units
  AND (refund_amount IS NULL OR count(app_amount) < count(*)
    OR abs(refund_amount - sum(app_amount)) <= 0.01 * greatest(abs(refund_amount), abs(sum(app_amount))));
