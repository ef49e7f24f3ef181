-- The returns of a returns file read with a request date of its own (not dated at their order for
-- want of one) that link to a stored order line, and how many were requested on that line's day.
-- When every one was, the column read as the request date is most likely the order's date, as
-- returns apps print it beside the order number ("Pedido;Fecha;…"): every cycle time from the
-- request, the return curve and the returns by request date would read from the order instead.
-- $params: none
WITH linked AS (
  SELECT coalesce(r.return_id, r.order_id || ' / ' || r.sku) AS label, r.requested_at, o.ordered_at
  FROM normalised_returns AS r
  JOIN order_lines AS o ON o.order_id = r.order_id AND o.sku = r.sku AND o.line_no = 1
  WHERE r.problems IS NULL AND NOT r.dated_at_order
)
SELECT count(*)::INTEGER AS linked,
       count(*) FILTER (WHERE requested_at::DATE = ordered_at::DATE)::INTEGER AS on_order_day,
       coalesce(list(label || ': ordered and requested ' || strftime(requested_at, '%Y-%m-%d') ORDER BY requested_at, label)[1:20], [])::VARCHAR[] AS examples
FROM linked
