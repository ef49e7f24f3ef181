-- How are the returns' durations spread? For one stage, the returns in scope that have both of its
-- timestamps, counted in bins of whole days: one day each while the 99th percentile fits in
-- $maxBins bins, wider otherwise. The last bin also gathers the slowest 1 % (`toDays` null), so a
-- few forgotten parcels do not stretch the axis. Every bin is listed, empty ones too.
-- Rejected returns count: rejecting one is work too (as in cycle times).
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy, stage, maxBins
WITH stage_days AS (
  SELECT CASE $stage WHEN 'requestToReceived' THEN days_request_to_received
                     WHEN 'receivedToResolved' THEN days_received_to_resolved
                     WHEN 'requestToResolved' THEN days_request_to_resolved END AS days
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
),
-- a stage that ended before it started (a clock set wrong) counts as 0 days, not as a negative bin
measured AS (
  SELECT CASE WHEN days < 0 THEN 0 ELSE days END AS days FROM stage_days WHERE days IS NOT NULL
),
spread AS (
  SELECT count(days) AS n,
    quantile_cont(days, 0.5) AS p50, quantile_cont(days, 0.9) AS p90, quantile_cont(days, 0.99) AS p99
  FROM measured
),
bins AS (
  SELECT n, p50, p90,
    greatest(1, ceil(coalesce(p99, 0) / $maxBins::INTEGER))::INTEGER AS width,
    floor(coalesce(p99, 0) / greatest(1, ceil(coalesce(p99, 0) / $maxBins::INTEGER)))::INTEGER AS last_bin
  FROM spread
),
counted AS (
  SELECT least(floor(m.days / b.width)::INTEGER, b.last_bin) AS bin, count(*) AS returns
  FROM measured m, bins b
  GROUP BY ALL
)
SELECT
  (s.bin * b.width)::INTEGER AS "fromDays",
  CASE WHEN s.bin < b.last_bin THEN ((s.bin + 1) * b.width)::INTEGER END AS "toDays",
  coalesce(c.returns, 0)::INTEGER AS "returns",
  b.n::INTEGER AS "n",
  b.p50::DOUBLE AS "p50",
  b.p90::DOUBLE AS "p90"
FROM bins b
CROSS JOIN (SELECT unnest(generate_series(0, (SELECT last_bin FROM bins))) AS bin) s
LEFT JOIN counted c ON c.bin = s.bin
WHERE b.n > 0
ORDER BY s.bin;
