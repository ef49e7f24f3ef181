-- The file's returns whose id an import stored for a return of another order. Returns apps number
-- from 1 (another app, or another store's, gives "1" again a month later to another order's
-- return), and a return seen again replaces the stored one by its id (delete_overlapping_returns.sql):
-- the stored return went, with no word. A return is of one order: the same app's next export gives
-- it the same order, maybe written another way ("00123" and "123", loose_order_id), or, corrected,
-- another order with the request on the same day (or the neighbouring one in another time zone,
-- request_in_another_zone): the return moved, and replaces the stored one. Only ids the source
-- gave: a key the import made holds its order.
-- $params: none
WITH incoming AS (
  SELECT return_id, min(order_id) AS order_id, min(sku) AS sku, min(requested_at) AS requested_at
  FROM incoming_returns WHERE return_id_given GROUP BY return_id
),
others AS (
  SELECT i.return_id,
    'stored ' || r.order_id || ' / ' || r.sku || ' requested ' || strftime(r.requested_at, '%Y-%m-%d')
      || ', this file ' || i.order_id || ' / ' || i.sku || ' requested ' || strftime(i.requested_at, '%Y-%m-%d') AS told
  FROM incoming AS i
  -- a stored id kept its '#' before return ids were read without it
  JOIN (SELECT ltrim(return_id, '#') AS return_id, order_id, sku, requested_at FROM returns) AS r USING (return_id)
  WHERE r.order_id <> i.order_id AND loose_order_id(r.order_id) <> loose_order_id(i.order_id)
    AND r.requested_at::DATE <> i.requested_at::DATE AND NOT request_in_another_zone(r.requested_at, i.requested_at)
),
-- a return of several lines is named once
named AS (SELECT return_id, min(told) AS told FROM others GROUP BY return_id)
SELECT count(*)::INTEGER AS count, coalesce(list(return_id || ': ' || told ORDER BY return_id)[1:20], [])::VARCHAR[] AS examples
FROM named;
