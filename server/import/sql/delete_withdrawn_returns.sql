-- A return an earlier export stored and this one says was withdrawn, cancelled or expired goes,
-- matched as a return seen again is (delete_overlapping_returns.sql): a request withdrawn since is
-- no return. Matched on the id alone, a withdrawal in an export without return ids took nothing out.
-- $params: none
DELETE FROM returns AS r
WHERE r.return_id IN (SELECT return_id FROM withdrawn_requests)
  OR EXISTS (
    SELECT 1 FROM withdrawn_requests AS w
    WHERE w.order_id = r.order_id AND w.sku = r.sku AND w.requested_at::DATE = r.request_date
      AND (NOT w.return_id_given OR r.return_id = r.order_id || '|' || r.sku || '|' || strftime(r.requested_at, '%Y-%m-%dT%H:%M:%S'))
  );
