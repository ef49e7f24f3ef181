-- Month by month, how did the reported findings' slices sell and come back, and their
-- comparisons? The counts behind each finding's small chart and its start month: every category
-- (the strata, the rest of a category, the shop), and, for the listed values only, each SKU,
-- channel, region and outbound carrier within each category and each listed carrier × region.
-- Slices are labelled as in causes_cells.sql.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy,
--          skus, channels, regions, carriers (VARCHAR[]: the values whose months are needed)
WITH
-- Sales from the rollups (see causes_cells.sql) at the grain of the order attributes.
sold_by_attributes AS MATERIALIZED (
  SELECT order_month AS month, category, channel, region, carrier, sum(lines) AS lines, sum(units_sold) AS units
  FROM sales_cells($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, false)
  GROUP BY ALL
),
-- Sales and accepted, matched returns side by side; each part below reads only the returns it
-- needs, rather than all of them grouped at the finest grain first. Rejected returns brought
-- nothing back, and unmatched ones have no attributes to place them by.
counted AS NOT MATERIALIZED (
  SELECT 'sold' AS side, month, category, channel, region, carrier, NULL::VARCHAR AS reason, lines, units
  FROM sold_by_attributes
  UNION ALL
  SELECT 'returned', basis_month, category, channel, region, order_carrier, reason, 1, quantity
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  WHERE resolution <> 'rejected' AND matched
),
-- The listed SKUs alike, from the SKU rollup and their returns.
counted_skus AS (
  SELECT 'sold' AS side, order_month AS month, category, sku, NULL::VARCHAR AS reason, sum(lines) AS lines, sum(units_sold) AS units
  FROM sales_cells($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, true)
  WHERE list_contains($skus::VARCHAR[], sku)
  GROUP BY ALL
  UNION ALL
  SELECT 'returned', basis_month, category, sku, reason, count(*), sum(quantity)
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  WHERE resolution <> 'rejected' AND matched AND list_contains($skus::VARCHAR[], sku)
  GROUP BY ALL
),
by_slice AS (
  SELECT side, 'category' AS slice, category, NULL AS value, NULL AS second_value, month, reason, sum(lines) AS lines, sum(units) AS units
  FROM counted GROUP BY ALL
  UNION ALL
  SELECT side, 'sku', category, sku, NULL, month, reason, lines, units
  FROM counted_skus
  UNION ALL
  SELECT side, 'channel', category, channel, NULL, month, reason, sum(lines), sum(units)
  FROM counted WHERE list_contains($channels::VARCHAR[], channel) GROUP BY ALL
  UNION ALL
  SELECT side, 'region', category, region, NULL, month, reason, sum(lines), sum(units)
  FROM counted WHERE list_contains($regions::VARCHAR[], region) GROUP BY ALL
  UNION ALL
  SELECT side, 'carrier', category, carrier, NULL, month, reason, sum(lines), sum(units)
  FROM counted WHERE list_contains($carriers::VARCHAR[], carrier) GROUP BY ALL
  UNION ALL
  SELECT side, 'carrier_region', NULL, carrier, region, month, reason, sum(lines), sum(units)
  FROM counted WHERE list_contains($carriers::VARCHAR[], carrier) AND list_contains($regions::VARCHAR[], region)
  GROUP BY ALL
),
sold AS (
  SELECT {'slice': slice, 'category': category, 'value': value, 'secondValue': second_value} AS slice_key,
    list({'month': strftime(month, '%Y-%m-01'), 'lines': lines::INTEGER, 'units': units::INTEGER} ORDER BY month) AS months
  FROM by_slice WHERE side = 'sold'
  GROUP BY ALL
),
returned AS (
  SELECT {'slice': slice, 'category': category, 'value': value, 'secondValue': second_value} AS slice_key,
    list({'month': strftime(month, '%Y-%m-01'), 'reason': reason, 'lines': lines::INTEGER, 'units': units::INTEGER}) AS returns
  FROM by_slice WHERE side = 'returned'
  GROUP BY ALL
)
SELECT
  s.slice_key AS "key",
  s.months AS "months",
  coalesce(r.returns, []) AS "monthlyReturns"
FROM sold s
LEFT JOIN returned r ON r.slice_key IS NOT DISTINCT FROM s.slice_key;
