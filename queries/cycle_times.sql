-- How long does each stage of a return take, per month, category or carrier? For each group and
-- for the whole period (the row with isTotal): p50, p90, p95, mean and n of request → received,
-- received → resolved and request → resolved, in fractional days.
-- Cycle times describe the team's process, so rejected returns count: rejecting is work too.
-- by = 'month' is the basis month and keeps empty months on the time axis; 'carrier' is the
-- outbound carrier (as the carrier filter), 'returnCarrier' the one that brought the parcel back.
-- $params: by ('month' | 'category' | 'carrier' | 'returnCarrier'), from, to, basis,
--          category, channel, region, carrier, sku, reason, requestedBy
WITH keyed AS (
  SELECT
    CASE $by WHEN 'month' THEN strftime(basis_month, '%Y-%m-%d') WHEN 'category' THEN category
             WHEN 'carrier' THEN order_carrier WHEN 'returnCarrier' THEN carrier END AS key,
    seconds_request_to_received, seconds_received_to_resolved, seconds_request_to_resolved
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
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
  request_to_resolved AS "requestToResolved"
FROM stages
UNION ALL
SELECT false, key, 0, NULL, NULL, NULL FROM empty_months
ORDER BY "isTotal" DESC, "key" NULLS LAST;
