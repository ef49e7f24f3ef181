-- Where could returns run above comparable lines? The counts the cause finder tests: one row per
-- slice of the shop, with its order lines and units sold in the period and its accepted returns
-- by reason, over the period and by stratum of return age: each basis month (the order's on
-- basis=order) from $openFrom on, still collecting returns, on its own, and the settled months
-- before it together. The finder compares within these strata: while the last months still
-- collect returns, a slice that sold only in earlier months would otherwise be set against a rest
-- still waiting for its returns. (causes_monthly.sql gives the months of the few slices reported.)
-- Slices: each SKU within its category (only those with at least $minUnits units sold), each
-- category, each channel, region and outbound carrier within each category (the strata that keep
-- comparisons like for like), and each carrier × region. Every comparison the finder makes (the
-- rest of a category, the other carriers, a pair's row and column) is built from these rows.
-- Lines are counted beside units because the tests count lines: the units of one line come back
-- together.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy, minUnits,
--          openFrom (DATE; NULL: every month settled, as on basis=return)
WITH
-- Sales come from the rollups every import refreshes (sales_cells: day × category × channel ×
-- region × carrier, or month × SKU) rather than from millions of lines.
sold_by_attributes AS (
  SELECT return_age_stratum(order_month, $openFrom::DATE) AS stratum, category, channel, region, carrier,
    sum(lines) AS lines, sum(units_sold) AS units
  FROM sales_cells($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, false)
  GROUP BY ALL
),
-- A rejected return brought nothing back, as in every rate. An unmatched return (basis=return
-- only) has no order attributes to place it by.
accepted_returns AS NOT MATERIALIZED (
  SELECT return_age_stratum(basis_month, $openFrom::DATE) AS stratum, category, sku, channel, region, order_carrier AS carrier, reason, quantity, returned_value,
    -- the net cost of returns as the summary defines it: refunds + reverse shipping − recovered
    CASE WHEN resolution = 'refund' THEN coalesce(amount, 0) ELSE 0 END
      + coalesce(shipping_cost, 0) - coalesce(recovered_value, 0) AS net_cost
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  WHERE resolution <> 'rejected' AND matched
),
-- Sales and returns at the grain of the stratum and the order attributes, side by side, so that one
-- rollup labels every slice of both.
counted AS (
  SELECT 'sold' AS side, stratum, category, channel, region, carrier, NULL::VARCHAR AS reason, lines, units,
    0 AS returned_value, 0 AS net_cost
  FROM sold_by_attributes
  UNION ALL
  SELECT 'returned', stratum, category, channel, region, carrier, reason, count(*), sum(quantity), sum(returned_value), sum(net_cost)
  FROM accepted_returns
  GROUP BY ALL
),
by_slice_stratum AS (
  SELECT
    side,
    CASE WHEN grouping(channel) = 0 THEN 'channel'
         WHEN grouping(carrier) = 0 AND grouping(region) = 0 THEN 'carrier_region'
         WHEN grouping(region) = 0 THEN 'region'
         WHEN grouping(carrier) = 0 THEN 'carrier'
         ELSE 'category' END AS slice,
    category,
    CASE WHEN grouping(channel) = 0 THEN channel WHEN grouping(carrier) = 0 THEN carrier
         WHEN grouping(region) = 0 THEN region END AS value,
    CASE WHEN grouping(carrier) = 0 AND grouping(region) = 0 THEN region END AS second_value,
    stratum, reason,
    sum(lines) AS lines, sum(units) AS units, sum(returned_value) AS returned_value, sum(net_cost) AS net_cost
  FROM counted
  GROUP BY GROUPING SETS ((side, stratum, reason, category), (side, stratum, reason, category, channel),
                          (side, stratum, reason, category, region), (side, stratum, reason, category, carrier),
                          (side, stratum, reason, carrier, region))
  UNION ALL
  SELECT 'sold', 'sku', category, sku, NULL, return_age_stratum(order_month, $openFrom::DATE) AS stratum, NULL,
    sum(lines), sum(units_sold), 0, 0
  FROM sales_cells($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, true)
  GROUP BY category, sku, stratum
  -- a SKU below the minimum over the period is never a suspect (its lines still count in its
  -- category); the other slices are kept whatever their size, as the strata, rows and columns of
  -- the comparisons
  QUALIFY sum(sum(units_sold)) OVER (PARTITION BY category, sku) >= $minUnits::INTEGER
  UNION ALL
  SELECT 'returned', 'sku', category, sku, NULL, stratum, reason, count(*), sum(quantity), sum(returned_value), sum(net_cost)
  FROM accepted_returns
  GROUP BY ALL
),
-- A slice is keyed by a struct, whose comparison treats a NULL value (lines with no channel, say)
-- as a value like any other.
keyed AS (
  SELECT {'slice': slice, 'category': category, 'value': value, 'secondValue': second_value} AS slice_key, *
  FROM by_slice_stratum
),
sold AS (
  SELECT slice_key, sum(lines) AS lines, sum(units) AS units,
    list({'stratum': stratum, 'lines': lines::INTEGER, 'units': units::INTEGER}) AS strata
  FROM keyed
  WHERE side = 'sold'
  GROUP BY ALL
),
returned AS (
  SELECT slice_key,
    list({'stratum': stratum, 'reason': reason, 'lines': lines::INTEGER, 'units': units::INTEGER,
          'returnedValue': returned_value::DOUBLE, 'netCost': net_cost::DOUBLE}) AS strata_returns
  FROM keyed
  WHERE side = 'returned'
  GROUP BY ALL
)
SELECT
  s.slice_key AS "key",
  s.lines::INTEGER AS "lines",
  s.units::INTEGER AS "units",
  s.strata AS "strata",
  coalesce(r.strata_returns, []) AS "strataReturns"
FROM sold s
LEFT JOIN returned r ON r.slice_key IS NOT DISTINCT FROM s.slice_key;
