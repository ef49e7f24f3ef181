-- A return seen again replaces the stored one, every line of it, instead of counting twice: by its
-- id, or, where either export has no return id, by its order, SKU and request day. One tool's export
-- names a return R2 and another's only its order, SKU and request; one writes the request's time
-- and another its day alone (2025-03-20 against 2025-03-20 10:00): keyed on the id or the
-- timestamp alone, each was a second return of the one unit. A stored return's id is its own
-- unless it is the key an import made of (order, SKU, requested at) (stage_incoming_returns.sql).
-- A combined file states each of its lines' returns whole: what an earlier combined file stored of
-- them goes, whatever its date (a second unit back since, dated on its day) or if none is left.
-- $params: none
DELETE FROM returns AS r
WHERE r.return_id IN (SELECT return_id FROM incoming_returns)
  OR EXISTS (
    SELECT 1 FROM incoming_returns AS i
    WHERE i.order_id = r.order_id AND i.sku = r.sku AND i.requested_at::DATE = r.request_date
      AND (NOT i.return_id_given OR r.return_id = r.order_id || '|' || r.sku || '|' || strftime(r.requested_at, '%Y-%m-%dT%H:%M:%S'))
  )
  OR (EXISTS (SELECT 1 FROM lines_stating_returns AS l WHERE l.order_id = r.order_id AND l.sku = r.sku)
    AND r.import_id IN (SELECT import_id FROM imports WHERE kind = 'combined'));
