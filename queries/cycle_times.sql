-- How long does each stage of a return take, per month, category or carrier? For each group and
-- for the whole period (the row with isTotal): p50, p90, p95, mean and n of request → received,
-- received → resolved and request → resolved, in fractional days.
-- Cycle times describe the team's process, so rejected returns count: rejecting is work too.
-- by = 'month' is the basis month and keeps empty months on the time axis; 'carrier' is the
-- outbound carrier (as the carrier filter), 'returnCarrier' the one that brought the parcel back.
-- Groups other than months are set against each other, so each stage is timed over the returns
-- old enough to have finished it: a return counts in a stage only if the stage began at least
-- that stage's learnt window before $lastTimestamp (the 95th percentile of its duration over every
-- return of the data that finished it by then, `comparedOlderThan`). A stage still under way is
-- left out of the quantiles, so without this a group whose returns are young (a carrier taken on
-- last month) loses its slow ones and reads fast. Months carry resolutionsSettled instead (trend).
-- $params: by ('month' | 'category' | 'carrier' | 'returnCarrier'), from, to, basis,
--          category, channel, region, carrier, sku, reason, requestedBy, lastTimestamp
WITH windows AS (
  FROM learnt_stage_windows($lastTimestamp::TIMESTAMP, $by <> 'month')
),
-- the latest moment each stage may have begun and be timed: no limit by month
latest_start AS (
  SELECT
    $lastTimestamp::TIMESTAMP - to_seconds(round(coalesce(request_to_received, 0))::BIGINT) AS request_to_received,
    $lastTimestamp::TIMESTAMP - to_seconds(round(coalesce(received_to_resolved, 0))::BIGINT) AS received_to_resolved,
    $lastTimestamp::TIMESTAMP - to_seconds(round(coalesce(request_to_resolved, 0))::BIGINT) AS request_to_resolved
  FROM windows
),
keyed AS (
  SELECT
    CASE $by WHEN 'month' THEN strftime(basis_month, '%Y-%m-%d') WHEN 'category' THEN category
             WHEN 'carrier' THEN order_carrier WHEN 'returnCarrier' THEN carrier END AS key,
    CASE WHEN $by = 'month' OR r.requested_at <= l.request_to_received THEN seconds_request_to_received END AS seconds_request_to_received,
    CASE WHEN $by = 'month' OR r.received_at <= l.received_to_resolved THEN seconds_received_to_resolved END AS seconds_received_to_resolved,
    CASE WHEN $by = 'month' OR r.requested_at <= l.request_to_resolved THEN seconds_request_to_resolved END AS seconds_request_to_resolved
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP) AS r
  LEFT JOIN latest_start AS l ON true
),
stages AS (
  SELECT
    grouping(key) = 1 AS is_total,
    key,
    count(*) AS returns,
    stage_days(stage_seconds(seconds_request_to_received)) AS request_to_received,
    stage_days(stage_seconds(seconds_received_to_resolved)) AS received_to_resolved,
    stage_days(stage_seconds(seconds_request_to_resolved)) AS request_to_resolved
  FROM keyed
  GROUP BY GROUPING SETS ((key), ())
),
empty_months AS (
  SELECT strftime(unnest(generate_series(date_trunc('month', $from::DATE), date_trunc('month', $to::DATE), INTERVAL 1 MONTH)), '%Y-%m-%d') AS key
  FROM (SELECT 1) WHERE $by = 'month'
  EXCEPT
  SELECT key FROM stages WHERE NOT is_total
)
SELECT
  is_total AS "isTotal",
  key AS "key",
  returns::INTEGER AS "returns",
  request_to_received AS "requestToReceived",
  received_to_resolved AS "receivedToResolved",
  request_to_resolved AS "requestToResolved",
  (SELECT {'requestToReceived': (request_to_received / 86400)::DOUBLE, 'receivedToResolved': (received_to_resolved / 86400)::DOUBLE,
           'requestToResolved': (request_to_resolved / 86400)::DOUBLE} FROM windows WHERE $by <> 'month') AS "comparedOlderThan"
FROM stages
UNION ALL
SELECT false, key, 0, NULL, NULL, NULL, NULL FROM empty_months
ORDER BY "isTotal" DESC, "key" NULLS LAST;
