-- Where do returns concentrate? Units sold and returned, rates, value and top reason per value
-- of one dimension, sorted and paginated on the server.
-- The dimension and sort key are bound values matched by CASE, never spliced-in identifiers.
-- For by = 'reason' every reason shares the period's sales as its denominator.
-- unitsSoldOpen: the units sold in the months still collecting returns (from $openFrom on): a
-- value whose sales sit there more than the others' has more of its returns still to come, and its
-- rate is not yet comparable with theirs.
-- $params: by, from, to, basis, category, channel, region, carrier, sku, reason, requestedBy,
--          search, sort, order ('asc' | 'desc'), limit, offset,
--          openFrom (DATE; NULL: every month settled, as on basis=return)
WITH sales_cells AS (
  -- per SKU only when the answer is per SKU: the other dimensions read the smaller daily cells
  SELECT * FROM sales_cells($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $by = 'sku')
),
sales AS (
  SELECT
    CASE $by WHEN 'sku' THEN sku WHEN 'category' THEN category WHEN 'channel' THEN channel
             WHEN 'region' THEN region WHEN 'carrier' THEN carrier END AS key,
    sum(units_sold) AS units_sold, sum(units_sold) FILTER (order_month >= $openFrom::DATE) AS units_sold_open, sum(gross_sales) AS gross_sales
  FROM sales_cells
  WHERE $by <> 'reason'
  GROUP BY ALL
),
sales_total AS (
  SELECT sum(units_sold) AS units_sold, sum(units_sold) FILTER (order_month >= $openFrom::DATE) AS units_sold_open, sum(gross_sales) AS gross_sales
  FROM sales_cells WHERE $by = 'reason'
),
returned_by_reason AS (
  SELECT
    CASE $by WHEN 'sku' THEN sku WHEN 'category' THEN category WHEN 'channel' THEN channel
             WHEN 'region' THEN region WHEN 'carrier' THEN order_carrier WHEN 'reason' THEN reason END AS key,
    reason,
    sum(quantity) AS units, sum(returned_value) AS value
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  WHERE resolution <> 'rejected'
  GROUP BY ALL
),
returned AS (
  SELECT key, sum(units) AS units_returned, sum(value) AS returned_value, first(reason ORDER BY units DESC, reason) AS top_reason
  FROM returned_by_reason
  GROUP BY key
),
-- every key with sales or returns: under basis = 'return' a key can have returns of earlier
-- orders and no sales in the period, and its returns still count
with_denominators AS (
  SELECT coalesce(s.key, r.key) AS key, s.units_sold, s.units_sold_open, s.gross_sales
  FROM sales s
  FULL JOIN returned r ON r.key IS NOT DISTINCT FROM s.key
  WHERE $by <> 'reason'
  UNION ALL
  SELECT r.key, t.units_sold, t.units_sold_open, t.gross_sales FROM returned r, sales_total t WHERE $by = 'reason'
),
rows AS (
  SELECT
    d.key,
    coalesce(d.units_sold, 0) AS units_sold,
    coalesce(d.units_sold_open, 0) AS units_sold_open,
    coalesce(r.units_returned, 0) AS units_returned,
    coalesce(r.units_returned, 0) / nullif(d.units_sold, 0) AS return_rate_units,
    coalesce(r.returned_value, 0) AS returned_value,
    coalesce(d.gross_sales, 0) AS gross_sales,
    coalesce(r.returned_value, 0) / nullif(d.gross_sales, 0) AS return_rate_value,
    r.top_reason
  FROM with_denominators d
  LEFT JOIN returned r ON r.key IS NOT DISTINCT FROM d.key
  WHERE $search IS NULL OR contains(lower(d.key), lower($search))
),
sorted AS (
  SELECT *,
    CASE $sort WHEN 'unitsSold' THEN units_sold WHEN 'unitsReturned' THEN units_returned
               WHEN 'returnRateUnits' THEN return_rate_units WHEN 'returnedValue' THEN returned_value
               WHEN 'grossSales' THEN gross_sales WHEN 'returnRateValue' THEN return_rate_value END::DOUBLE AS sort_value
  FROM rows
)
SELECT
  key AS "key",
  units_sold::INTEGER AS "unitsSold",
  units_sold_open::INTEGER AS "unitsSoldOpen",
  units_returned::INTEGER AS "unitsReturned",
  return_rate_units::DOUBLE AS "returnRateUnits",
  returned_value::DOUBLE AS "returnedValue",
  gross_sales::DOUBLE AS "grossSales",
  return_rate_value::DOUBLE AS "returnRateValue",
  top_reason AS "topReason",
  (count(*) OVER ())::INTEGER AS "total"
FROM sorted
ORDER BY
  CASE WHEN $order = 'asc' THEN sort_value END ASC NULLS LAST,
  CASE WHEN $order = 'desc' THEN sort_value END DESC NULLS LAST,
  CASE WHEN $order = 'asc' THEN key END ASC NULLS LAST,
  CASE WHEN $order = 'desc' THEN key END DESC NULLS LAST,
  key
LIMIT $limit::INTEGER OFFSET $offset::INTEGER;
