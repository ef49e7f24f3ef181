-- The returns of a returns file requested far beyond what the rest of the data shows: more than a
-- year after their stored order, or more than 90 days after every stored order, every stored return
-- and every other return of the file. Such a date is most often a year typed wrong in a hand-kept
-- sheet (2026-03-28 for 2025-03-28); kept, it is the data's latest date, against which every month
-- is judged final, the learnt return window is stretched and the trend runs on empty months.
-- The rule of 90 days needs stored orders: with none, the returns alone cannot tell a gap from a
-- shop's quiet months. A stored return of the same id is the one this file replaces, not another.
-- $params: none
WITH incoming AS (
  SELECT coalesce(return_id, order_id || ' / ' || sku) AS label, return_id, order_id, sku, requested_at
  FROM normalised_returns
  WHERE problems IS NULL
),
stored AS (
  SELECT (SELECT max(ordered_at) FROM order_lines) AS last_order,
         (SELECT max(r.requested_at) FROM returns AS r ANTI JOIN incoming AS i ON r.return_id = i.return_id) AS last_return
),
judged AS (
  SELECT i.label, i.requested_at, o.order_id, o.ordered_at, s.last_order,
         -- the latest other date: a stored order or return, or the file's next-latest request
         greatest(s.last_order, s.last_return, max(i.requested_at) OVER (ORDER BY i.requested_at ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)) AS latest_else
  FROM incoming AS i
  CROSS JOIN stored AS s
  LEFT JOIN order_lines AS o ON o.order_id = i.order_id AND o.sku = i.sku AND o.line_no = 1
)
SELECT count(*)::INTEGER AS returns,
       coalesce(list(label || ': requested ' || strftime(requested_at, '%Y-%m-%d')
                     || coalesce(', ' || date_diff('day', ordered_at::DATE, requested_at::DATE) || ' days after its order ' || order_id || ' of ' || strftime(ordered_at, '%Y-%m-%d'), '')
                     || ', the data''s other dates ending ' || strftime(latest_else, '%Y-%m-%d')
                ORDER BY requested_at DESC, label)[1:20], [])::VARCHAR[] AS examples
FROM judged
WHERE requested_at > ordered_at + INTERVAL 365 DAY
   OR (last_order IS NOT NULL AND requested_at > latest_else + INTERVAL 90 DAY)
