-- Which products come back, and which come back far more than the rest of their category?
-- One row per SKU and category in scope: sales, returns, rate, top reason, value, and the rest of
-- its category as its baseline. The baseline is taken by stratum of return age, as the cause finder
-- takes it (return_age_stratum: each basis month from $openFrom on, still collecting returns, on
-- its own, the settled months before it together): the SKU's sales in each at the rate the rest of
-- its category returned in it. While the last months still collect returns, a product that sold
-- only in earlier, settled months would otherwise be set against a rest still waiting for its
-- returns, and a discontinued product would look worse than its successor for no other reason.
-- Sorted, searched and paged on the server.
-- A SKU is flagged when all three hold, so a handful of sales never raises a flag:
--   * at least $minUnits units sold in the strata its baseline compares;
--   * its rate is at least $minLift times the baseline;
--   * the lower end of its 95 % Wilson interval is still above the baseline (the excess is not noise).
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy, search, flaggedOnly,
--          minUnits, minLift, sort, order ('asc' | 'desc'), limit, offset,
--          openFrom (DATE; NULL: every month settled, as on basis=return)
WITH sales_by_age AS (
  SELECT sku, category, return_age_stratum(order_month, $openFrom::DATE) AS stratum, max(product_name) AS product_name, sum(quantity) AS units_sold, sum(line_value) AS gross_sales
  FROM sales_in_scope($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku)
  GROUP BY ALL
),
returned_by_reason AS (
  SELECT sku, category, return_age_stratum(basis_month, $openFrom::DATE) AS stratum, reason, sum(quantity) AS units, sum(returned_value) AS value
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  -- rejected returns are in no rate and no value
  WHERE resolution <> 'rejected'
  GROUP BY ALL
),
-- every stratum a SKU sold in, with its returns there: the products of the table, as their rest
by_age AS (
  SELECT s.sku, s.category, s.stratum, s.units_sold, coalesce(r.units_returned, 0) AS units_returned
  FROM sales_by_age s
  LEFT JOIN (SELECT sku, category, stratum, sum(units) AS units_returned FROM returned_by_reason GROUP BY ALL) r
    ON r.sku = s.sku AND r.category IS NOT DISTINCT FROM s.category AND r.stratum = s.stratum
),
-- the rest of the category in the same stratum: its units returned over its units sold, this SKU
-- left out; the SKU is judged in the strata the rest sold in only, as its baseline is
against_rest AS (
  SELECT sku, category,
    sum(units_sold * rest_rate) AS expected_units,
    sum(units_sold) FILTER (rest_rate IS NOT NULL) AS compared_units,
    sum(units_returned) FILTER (rest_rate IS NOT NULL) AS compared_returned
  FROM (
    SELECT *,
      (sum(units_returned) OVER category_age - units_returned)
        / nullif(sum(units_sold) OVER category_age - units_sold, 0) AS rest_rate
    FROM by_age
    WINDOW category_age AS (PARTITION BY category, stratum)
  )
  GROUP BY ALL
),
sales AS (
  SELECT sku, category, max(product_name) AS product_name, sum(units_sold) AS units_sold, sum(gross_sales) AS gross_sales
  FROM sales_by_age
  GROUP BY ALL
),
returned AS (
  SELECT sku, category, sum(units) AS units_returned, sum(value) AS returned_value,
    first(reason ORDER BY units DESC, reason) AS top_reason
  FROM (SELECT sku, category, reason, sum(units) AS units, sum(value) AS value FROM returned_by_reason GROUP BY ALL)
  GROUP BY ALL
),
with_baseline AS (
  SELECT s.sku, s.category, s.product_name, s.units_sold, s.gross_sales,
    coalesce(r.units_returned, 0) AS units_returned, coalesce(r.returned_value, 0) AS returned_value, r.top_reason,
    coalesce(r.units_returned, 0) / nullif(s.units_sold, 0) AS rate,
    -- the SKU's units returned had it come back as the rest did in each stratum, per unit it sold
    -- in the strata with a rest to compare with
    b.expected_units / nullif(b.compared_units, 0) AS baseline_rate,
    b.compared_units, b.compared_returned, b.compared_returned / nullif(b.compared_units, 0) AS compared_rate
  FROM sales s
  LEFT JOIN returned r ON r.sku = s.sku AND r.category IS NOT DISTINCT FROM s.category
  LEFT JOIN against_rest b ON b.sku = s.sku AND b.category IS NOT DISTINCT FROM s.category
),
-- lift, excess and the flag over the strata the baseline compares, like for like: a product that
-- also sold in months its category-mates did not is not judged on those
judged AS (
  SELECT *,
    compared_rate / nullif(baseline_rate, 0) AS lift,
    greatest(compared_returned - baseline_rate * compared_units, 0) AS excess_units,
    -- Wilson score interval, lower bound, z = 1.96
    (compared_rate + 1.9208 / compared_units - 1.96 * sqrt(compared_rate * (1 - compared_rate) / compared_units + 0.9604 / (compared_units * compared_units)))
      / (1 + 3.8416 / compared_units) AS rate_lower_bound
  FROM with_baseline
),
flagged AS (
  SELECT *,
    coalesce(compared_units >= $minUnits AND lift >= $minLift AND rate_lower_bound > baseline_rate, false) AS far_above_category
  FROM judged
),
filtered AS (
  SELECT *,
    (count(*) OVER ())::INTEGER AS total,
    (count(*) FILTER (far_above_category) OVER ())::INTEGER AS flagged_total,
    CASE $sort WHEN 'unitsSold' THEN units_sold WHEN 'unitsReturned' THEN units_returned
               WHEN 'returnRateUnits' THEN rate WHEN 'returnedValue' THEN returned_value
               WHEN 'grossSales' THEN gross_sales WHEN 'baselineRate' THEN baseline_rate
               WHEN 'lift' THEN lift WHEN 'excessUnits' THEN excess_units END::DOUBLE AS sort_number,
    CASE $sort WHEN 'sku' THEN sku WHEN 'productName' THEN product_name WHEN 'category' THEN category
               WHEN 'topReason' THEN top_reason END AS sort_text
  FROM flagged
  WHERE ($search IS NULL OR contains(lower(concat_ws(' ', sku, product_name)), lower($search)))
    AND (NOT $flaggedOnly OR far_above_category)
)
SELECT
  sku AS "sku",
  product_name AS "productName",
  category AS "category",
  units_sold::INTEGER AS "unitsSold",
  units_returned::INTEGER AS "unitsReturned",
  rate::DOUBLE AS "returnRateUnits",
  gross_sales::DOUBLE AS "grossSales",
  returned_value::DOUBLE AS "returnedValue",
  top_reason AS "topReason",
  baseline_rate::DOUBLE AS "baselineRate",
  lift::DOUBLE AS "lift",
  excess_units::DOUBLE AS "excessUnits",
  far_above_category AS "farAboveCategory",
  total AS "total",
  flagged_total AS "flaggedTotal"
FROM filtered
ORDER BY
  CASE WHEN $order = 'asc' THEN sort_number END ASC NULLS LAST,
  CASE WHEN $order = 'desc' THEN sort_number END DESC NULLS LAST,
  CASE WHEN $order = 'asc' THEN sort_text END ASC NULLS LAST,
  CASE WHEN $order = 'desc' THEN sort_text END DESC NULLS LAST,
  sku, category
LIMIT $limit::INTEGER OFFSET $offset::INTEGER;
