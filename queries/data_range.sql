-- What period does the data cover? Defaults a missing from/to, and dates maturity:
-- a month is judged against the latest timestamp imported, never the wall clock.
-- $params: none
WITH stamps AS (
  SELECT min(order_date) AS first_date, max(greatest(ordered_at, coalesce(delivered_at, ordered_at))) AS last_ts
  FROM order_lines
  UNION ALL
  SELECT min(request_date), max(greatest(requested_at, coalesce(received_at, requested_at), coalesce(resolved_at, requested_at)))
  FROM returns
)
SELECT
  strftime(min(first_date), '%Y-%m-%d') AS "firstDate",
  strftime(max(last_ts), '%Y-%m-%d') AS "lastDate",
  strftime(max(last_ts), '%Y-%m-%dT%H:%M:%S') AS "lastTimestamp"
FROM stamps;
