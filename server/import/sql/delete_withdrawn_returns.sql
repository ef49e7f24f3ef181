-- A return an earlier export stored and this one says was withdrawn, cancelled or expired goes,
-- matched as a return seen again is (delete_overlapping_returns.sql): a request withdrawn since is
-- no return. Matched on the id alone, a withdrawal in an export without return ids took nothing out.
-- $params: none
DELETE FROM returns
WHERE rowid IN (
  SELECT r.rowid FROM returns AS r SEMI JOIN withdrawn_requests AS w ON r.return_id = w.return_id
  UNION ALL
  SELECT r.rowid FROM returns AS r
  JOIN withdrawn_requests AS w ON r.order_id = w.order_id AND r.sku = w.sku
  WHERE (r.request_date = w.requested_at::DATE OR request_in_another_zone(r.requested_at, w.requested_at))
    AND (NOT w.return_id_given OR r.return_id = generated_return_id(r.order_id, r.sku, r.requested_at))
);
