-- How much of what comes back could better listings, packing and shipping have saved? Units
-- returned per reason group (fit & description, quality, logistics, customer) over units sold,
-- and the preventable rate (every group but the customer's), for the period (the row with isTotal)
-- and per month or per value of a dimension. Rejected returns stay out, as in every rate.
-- by = 'month' is the order month under basis = order and the request month under basis = return,
-- over the sales of that month, as in the trend; empty months stay on the time axis.
-- Rows are sorted on the server: months in order, other keys by preventable units, largest first.
-- $params: by ('month' | 'sku' | 'category' | 'channel' | 'region' | 'carrier'), from, to, basis,
--          category, channel, region, carrier, sku, reason, requestedBy,
--          reasonGroups (every group, in display order), preventableGroups, limit, offset
WITH sales AS (
  SELECT
    CASE $by WHEN 'month' THEN strftime(order_month, '%Y-%m-%d') WHEN 'sku' THEN sku WHEN 'category' THEN category
             WHEN 'channel' THEN channel WHEN 'region' THEN region WHEN 'carrier' THEN carrier END AS key,
    units_sold
  FROM sales_cells($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $by = 'sku')
  UNION ALL
  -- the months of the period, so that a month without sales is still a row
  SELECT strftime(unnest(generate_series(date_trunc('month', $from::DATE), date_trunc('month', $to::DATE), INTERVAL 1 MONTH)), '%Y-%m-%d'), 0
  FROM (SELECT 1) WHERE $by = 'month'
),
sold AS (
  SELECT grouping(key) = 1 AS is_total, key, sum(units_sold) AS units_sold
  FROM sales
  GROUP BY GROUPING SETS ((key), ())
),
returned AS (
  SELECT
    CASE $by WHEN 'month' THEN strftime(basis_month, '%Y-%m-%d') WHEN 'sku' THEN sku WHEN 'category' THEN category
             WHEN 'channel' THEN channel WHEN 'region' THEN region WHEN 'carrier' THEN order_carrier END AS key,
    reason_group, quantity, returned_value
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  WHERE resolution <> 'rejected'
),
returned_by_group AS (
  SELECT grouping(key) = 1 AS is_total, key, reason_group, sum(quantity) AS units, sum(returned_value) AS value
  FROM returned
  GROUP BY GROUPING SETS ((key, reason_group), (reason_group))
),
group_names AS (
  SELECT unnest($reasonGroups::VARCHAR[]) AS reason_group, generate_subscripts($reasonGroups::VARCHAR[], 1) AS position
),
-- every key with sales or returns, and the total
keys AS (
  SELECT is_total, key FROM sold
  UNION
  SELECT is_total, key FROM returned_by_group
),
rows AS (
  SELECT
    k.is_total,
    k.key,
    coalesce(s.units_sold, 0) AS units_sold,
    coalesce(sum(r.units), 0) AS units_returned,
    coalesce(sum(r.value), 0) AS returned_value,
    coalesce(sum(r.units) FILTER (list_contains($preventableGroups::VARCHAR[], g.reason_group)), 0) AS preventable_units,
    coalesce(sum(r.value) FILTER (list_contains($preventableGroups::VARCHAR[], g.reason_group)), 0) AS preventable_value,
    list({
      'group': g.reason_group,
      'preventable': list_contains($preventableGroups::VARCHAR[], g.reason_group),
      'unitsReturned': coalesce(r.units, 0)::INTEGER,
      'returnedValue': coalesce(r.value, 0)::DOUBLE,
      'returnRateUnits': (coalesce(r.units, 0) / nullif(s.units_sold, 0))::DOUBLE
    } ORDER BY g.position) AS groups
  FROM keys k
  CROSS JOIN group_names g
  LEFT JOIN sold s ON s.is_total = k.is_total AND s.key IS NOT DISTINCT FROM k.key
  LEFT JOIN returned_by_group r
    ON r.is_total = k.is_total AND r.key IS NOT DISTINCT FROM k.key AND r.reason_group = g.reason_group
  GROUP BY ALL
),
ranked AS (
  SELECT
    *,
    row_number() OVER (
      PARTITION BY is_total
      ORDER BY CASE WHEN $by = 'month' THEN key END ASC, preventable_units DESC, key NULLS LAST
    ) AS position,
    count(*) OVER (PARTITION BY is_total) AS keys_in_answer
  FROM rows
)
SELECT
  is_total AS "isTotal",
  key AS "key",
  units_sold::INTEGER AS "unitsSold",
  units_returned::INTEGER AS "unitsReturned",
  (units_returned / nullif(units_sold, 0))::DOUBLE AS "returnRateUnits",
  preventable_units::INTEGER AS "preventableUnits",
  preventable_value::DOUBLE AS "preventableValue",
  (preventable_units / nullif(units_sold, 0))::DOUBLE AS "preventableRate",
  (preventable_units / nullif(units_returned, 0))::DOUBLE AS "preventableShare",
  groups AS "groups",
  keys_in_answer::INTEGER AS "total"
FROM ranked
-- the period's total always comes first; the page is taken from the other rows
WHERE is_total OR position BETWEEN $offset::INTEGER + 1 AND $offset::INTEGER + $limit::INTEGER
ORDER BY is_total DESC, position;
