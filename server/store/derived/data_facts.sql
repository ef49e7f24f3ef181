-- Facts about the whole data set that every request reads: its first date, its latest timestamp
-- (maturity and ages are judged against the data, never the wall clock), its currency, and the
-- return window customers actually use, learnt as the 95th percentile of order → request time.
-- Where each table ends is kept too: returns that stop well before the orders read as a fall
-- (server/metrics/data-ends.ts), and the dashboard and the alerts ask on every request and check.
-- $params: none
WITH stamps AS (
  SELECT 'orders' AS side, min(order_date) AS first_date, max(greatest(ordered_at, coalesce(delivered_at, ordered_at))) AS last_ts,
         max(order_date) AS last_day
  FROM order_lines
  UNION ALL
  SELECT 'returns', min(request_date), max(greatest(requested_at, coalesce(received_at, requested_at), coalesce(resolved_at, requested_at))),
         NULL -- a request day is no order day: only the orders' last day is kept
  FROM returns
),
currencies AS (
  SELECT mode(currency) AS main, coalesce(list(DISTINCT currency ORDER BY currency) FILTER (currency IS NOT NULL), []) AS every
  FROM order_lines
),
learnt AS (
  SELECT quantile_cont(date_diff('second', ordered_at, requested_at), 0.95) AS seconds, count(*) AS n
  FROM returns
  WHERE matched
)
SELECT
  (SELECT min(first_date) FROM stamps) AS first_date,
  (SELECT max(last_ts) FROM stamps) AS last_timestamp,
  (SELECT max(last_ts) FROM stamps WHERE side = 'orders') AS orders_end,
  (SELECT max(last_ts) FROM stamps WHERE side = 'returns') AS returns_end,
  (SELECT max(last_day) FROM stamps WHERE side = 'orders') AS last_order_date,
  -- a shop exports in one currency; the most frequent one labels the money
  (SELECT main FROM currencies) AS currency,
  (SELECT every FROM currencies) AS currencies,
  learnt.seconds::DOUBLE AS learnt_window_seconds,
  learnt.n::INTEGER AS learnt_window_returns
FROM learnt
