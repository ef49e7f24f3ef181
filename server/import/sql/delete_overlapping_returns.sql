-- A return seen again replaces the stored one, every line of it, instead of counting twice: by its
-- id, or, where either export has no return id, by its order, SKU and request day. One tool's export
-- names a return R2 and another's only its order, SKU and request; one writes the request's time
-- and another its day alone (2025-03-20 against 2025-03-20 10:00): keyed on the id or the
-- timestamp alone, each was a second return of the one unit; one writes it in UTC and another in
-- the shop's time, a day apart late in the evening (request_in_another_zone). A stored return's id
-- is its own unless it is the key an import made of (order, SKU, requested at)
-- (stage_incoming_returns.sql). A combined file states each of its lines' returns whole: what an
-- earlier combined file stored of them goes, whatever its date (a second unit back since, dated on
-- its day) or if none is left. A combined file's refund without an id that this file's returns
-- app return is (stage_refunds_of_stored_returns.sql: refunded days after the request) goes too,
-- the app's record kept. The rows are found by joins, each on an equality: one join condition with
-- ORs ran 2.5 times as long.
-- $params: none
DELETE FROM returns
WHERE rowid IN (
  SELECT r.rowid FROM returns AS r SEMI JOIN incoming_returns AS i ON r.return_id = i.return_id
  UNION ALL
  -- an id stored with its '#', before return ids were read without it ("#1003-R1")
  SELECT r.rowid FROM returns AS r SEMI JOIN incoming_returns AS i ON ltrim(r.return_id, '#') = i.return_id
  WHERE starts_with(r.return_id, '#')
  UNION ALL
  SELECT r.rowid FROM returns AS r
  JOIN (SELECT DISTINCT order_id, sku, requested_at, return_id_given FROM incoming_returns) AS i
    ON r.order_id = i.order_id AND r.sku = i.sku
  WHERE (r.request_date = i.requested_at::DATE OR request_in_another_zone(r.requested_at, i.requested_at))
    AND (NOT i.return_id_given OR r.return_id = generated_return_id(r.order_id, r.sku, r.requested_at))
  UNION ALL
  SELECT r.rowid FROM returns AS r SEMI JOIN lines_stating_returns AS l ON r.order_id = l.order_id AND r.sku = l.sku
  WHERE r.import_id IN (SELECT import_id FROM imports WHERE kind = 'combined')
  UNION ALL
  SELECT refund_stored_row FROM refunds_of_stored_returns WHERE refund_stored_row IS NOT NULL
);
