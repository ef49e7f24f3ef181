-- Why do things come back, month by month or category by category? For each month (or category):
-- its sales, what came back for any reason, and, nested, what came back for each reason, all in
-- one pass over the returns, so that a chart of every reason is one question, not one per reason.
-- The figures are the trend's (by = 'month') and the breakdown's (by = 'category'), defined the
-- same way: a month is the order month under basis = order and the request month under basis =
-- return, over the sales ordered in that month; rates are over the key's own units sold, so the
-- reasons' rates add up to the key's rate. Rejected returns count in `returns` but in no rate or
-- value. The reason filter narrows returns only, so the sales stay the key's.
-- Rows: every month of the period in order, gaps included, with when its window closes and whether
-- it is final (as the trend); or every category with sales or returns, most units returned first
-- (ties by category, descending, as the breakdown's default order). Reasons: those with a return
-- in the key, most units returned first, then by code.
-- $params: by ('month' | 'category'), from, to, basis, category, channel, region, carrier, sku, reason, requestedBy,
--          windowDays (the return policy, from delivery), learntWindowDays (p95 order → request,
--          null without returns), lastTimestamp (the moment the period is counted at: the data's
--          latest timestamp, or an earlier requestedBy),
--          limit (categories answered: the first $limit of `total`; every month is answered)

-- Keys are grouped as they are stored (a month as a date, a category as text; the other column
-- left null), and a month is written as text only on the rows of the answer, so that the returns
-- are grouped on a date rather than on text formatted return by return.
WITH sales AS (
  SELECT
    CASE WHEN $by = 'month' THEN order_month END AS month,
    CASE WHEN $by = 'category' THEN category END AS category,
    sum(units_sold) AS units_sold, sum(gross_sales) AS gross_sales,
    max(last_ordered_at) AS last_ordered_at, max(last_window_start) AS last_window_start
  FROM sales_cells($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, false)
  GROUP BY ALL
),
returned_by_reason AS (
  SELECT
    CASE WHEN $by = 'month' THEN basis_month END AS month,
    CASE WHEN $by = 'category' THEN category END AS category,
    reason,
    count(*) AS returns,
    coalesce(sum(quantity) FILTER (resolution <> 'rejected'), 0) AS units_returned,
    coalesce(sum(returned_value) FILTER (resolution <> 'rejected'), 0) AS returned_value
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  GROUP BY ALL
),
-- every month of the period, so that a month without sales or returns keeps its place on the time
-- axis; every category with sales or returns (under basis = 'return' a category can have returns
-- of earlier orders and no sales in the period, and its returns still count)
keys AS (
  SELECT unnest(generate_series(date_trunc('month', $from::DATE), date_trunc('month', $to::DATE), INTERVAL 1 MONTH))::DATE AS month,
         NULL::VARCHAR AS category
  FROM (SELECT 1) WHERE $by = 'month'
  UNION
  SELECT month, category FROM sales WHERE $by = 'category'
  UNION
  SELECT month, category FROM returned_by_reason WHERE $by = 'category'
),
rows AS (
  SELECT
    k.month,
    k.category,
    coalesce(s.units_sold, 0) AS units_sold,
    coalesce(s.gross_sales, 0) AS gross_sales,
    coalesce(sum(r.returns), 0) AS returns,
    coalesce(sum(r.units_returned), 0) AS units_returned,
    coalesce(sum(r.returned_value), 0) AS returned_value,
    -- a category spans the period's months: no one window closes it
    CASE WHEN $by = 'month'
         THEN month_window_closes_at($basis, k.month, s.last_window_start, s.last_ordered_at, $windowDays, $learntWindowDays) END AS closes_at,
    coalesce(list({
      'reason': r.reason,
      'returns': r.returns::INTEGER,
      'unitsReturned': r.units_returned::INTEGER,
      'returnedValue': r.returned_value::DOUBLE,
      'returnRateUnits': (r.units_returned / nullif(s.units_sold, 0))::DOUBLE,
      'returnRateValue': (r.returned_value / nullif(s.gross_sales, 0))::DOUBLE
    } ORDER BY r.units_returned DESC, r.reason) FILTER (r.reason IS NOT NULL), []) AS reasons
  FROM keys k
  LEFT JOIN sales s ON s.month IS NOT DISTINCT FROM k.month AND s.category IS NOT DISTINCT FROM k.category
  LEFT JOIN returned_by_reason r ON r.month IS NOT DISTINCT FROM k.month AND r.category IS NOT DISTINCT FROM k.category
  GROUP BY k.month, k.category, s.units_sold, s.gross_sales, s.last_window_start, s.last_ordered_at
)
SELECT
  CASE WHEN $by = 'month' THEN strftime(month, '%Y-%m-%d') ELSE category END AS "key",
  units_sold::INTEGER AS "unitsSold",
  gross_sales::DOUBLE AS "grossSales",
  returns::INTEGER AS "returns",
  units_returned::INTEGER AS "unitsReturned",
  returned_value::DOUBLE AS "returnedValue",
  (units_returned / nullif(units_sold, 0))::DOUBLE AS "returnRateUnits",
  (returned_value / nullif(gross_sales, 0))::DOUBLE AS "returnRateValue",
  strftime(closes_at, '%Y-%m-%dT%H:%M:%S') AS "windowClosesAt",
  closes_at <= $lastTimestamp::TIMESTAMP AS "mature",
  reasons AS "reasons",
  count(*) OVER ()::INTEGER AS "total"
FROM rows
-- a chart gets at most a few hundred categories (docs/design.md, "Performance": at most 2,000 points, reasons included)
QUALIFY $by = 'month' OR row_number() OVER (ORDER BY units_returned DESC, category DESC NULLS LAST) <= $limit::INTEGER
ORDER BY month, units_returned DESC, category DESC NULLS LAST;
