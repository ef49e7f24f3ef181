-- Are returns resolved within the SLA (received → resolved within $slaDays)? Per basis month, gaps
-- included, and for the whole period (isTotal). Every received return in scope is judged against
-- the data's latest timestamp: resolved on time, resolved late, open and already late (it has
-- breached whatever happens next), or open and still within the SLA (no verdict yet).
-- The breach rate is over the returns with a verdict, so a growing backlog cannot look good.
-- Rejected returns count: rejecting is work the SLA covers.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy,
--          slaDays, lastTimestamp
WITH judged AS (
  SELECT
    basis_month AS month,
    CASE
      WHEN seconds_received_to_resolved IS NOT NULL
        THEN CASE WHEN seconds_received_to_resolved <= $slaDays::DOUBLE * 86400 THEN 'on_time' ELSE 'late' END
      -- resolved before it was received (an instant refund): nothing waited after the receipt
      WHEN resolved_at < received_at THEN 'on_time'
      -- open: pending and never resolved; a final resolution without a date has no verdict
      WHEN still_open(resolution, resolved_at)
        THEN CASE WHEN date_diff('second', received_at, $lastTimestamp::TIMESTAMP) > $slaDays::DOUBLE * 86400
                  THEN 'open_late' ELSE 'open_within' END
    END AS verdict
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  WHERE received_at IS NOT NULL
),
counted AS (
  SELECT
    grouping(month) = 1 AS is_total,
    month,
    count(*) AS received,
    count(*) FILTER (verdict = 'on_time') AS resolved_on_time,
    count(*) FILTER (verdict = 'late') AS resolved_late,
    count(*) FILTER (verdict = 'open_late') AS open_late,
    count(*) FILTER (verdict = 'open_within') AS open_within_sla
  FROM judged
  GROUP BY GROUPING SETS ((month), ())
),
all_rows AS (
  -- the total even when nothing was received, and every month of the period
  SELECT true AS is_total, NULL::DATE AS month
  UNION ALL
  SELECT false, unnest(generate_series(date_trunc('month', $from::DATE), date_trunc('month', $to::DATE), INTERVAL 1 MONTH))::DATE
)
SELECT
  a.is_total AS "isTotal",
  strftime(a.month, '%Y-%m-%d') AS "month",
  coalesce(c.received, 0)::INTEGER AS "received",
  coalesce(c.resolved_on_time, 0)::INTEGER AS "resolvedOnTime",
  coalesce(c.resolved_late, 0)::INTEGER AS "resolvedLate",
  coalesce(c.open_late, 0)::INTEGER AS "openLate",
  coalesce(c.open_within_sla, 0)::INTEGER AS "openWithinSla",
  ((c.resolved_late + c.open_late) / nullif(c.resolved_on_time + c.resolved_late + c.open_late, 0))::DOUBLE AS "breachRate"
FROM all_rows a
LEFT JOIN counted c ON c.is_total = a.is_total AND c.month IS NOT DISTINCT FROM a.month
ORDER BY a.is_total DESC, a.month;
