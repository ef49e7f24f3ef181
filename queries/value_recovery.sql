-- Where does the value of returns go? The waterfall from the value that came back to what returns
-- finally cost: returned value − retained (exchange, store credit) − unsettled (pending returns,
-- partial refunds, restocking fees) = refunded; − recovered from the goods, per disposition,
-- + reverse shipping = net cost of returns; and that net cost as a share of gross sales.
-- Rejected returns stay out: nothing came back and nothing was paid.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy
-- the accepted returns in scope summed per resolution and disposition: a few dozen rows that
-- every figure below reads
WITH sums AS (
  SELECT
    resolution,
    disposition,
    -- a return the export gives neither a disposition nor a recovered value for recovered nothing
    -- we know of, and is no step; one with a value but no disposition is 'unknown'
    disposition IS NOT NULL OR recovered_value IS NOT NULL AS recovery_known,
    sum(quantity) AS units,
    sum(returned_value) AS returned_value,
    sum(amount) AS amount,
    sum(recovered_value) AS recovered_value,
    sum(shipping_cost) AS shipping_cost,
    count(recovered_value) AS with_recovered_value,
    count(shipping_cost) AS with_shipping_cost
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  WHERE resolution <> 'rejected'
  GROUP BY ALL
),
totals AS (
  SELECT
    coalesce(sum(units), 0) AS units_returned,
    coalesce(sum(returned_value), 0) AS returned_value,
    coalesce(sum(amount) FILTER (resolution = 'refund'), 0) AS refunded_value,
    coalesce(sum(amount) FILTER (resolution = 'exchange'), 0) AS exchanged_value,
    coalesce(sum(amount) FILTER (resolution = 'store_credit'), 0) AS store_credit_value,
    coalesce(sum(recovered_value), 0) AS recovered_value,
    coalesce(sum(shipping_cost), 0) AS return_shipping_cost,
    -- Whether the accepted returns carry each input of the figures. A figure none of them has an
    -- input for is unknown, not 0: a file with only a returned flag says nothing of refunds
    -- (docs/metrics.md, "Figures the data cannot give"). With no accepted return, 0 is exact.
    count(*) = 0 OR bool_or(resolution <> 'unknown') AS resolution_known,
    count(*) = 0 OR sum(with_recovered_value) > 0 AS recovered_value_known,
    count(*) = 0 OR sum(with_shipping_cost) > 0 AS shipping_cost_known
  FROM sums
),
-- the figures, null where unknown; a figure made of an unknown one is unknown too
settled AS (
  SELECT
    units_returned,
    returned_value,
    CASE WHEN resolution_known THEN refunded_value END AS refunded_value,
    CASE WHEN resolution_known THEN exchanged_value END AS exchanged_value,
    CASE WHEN resolution_known THEN store_credit_value END AS store_credit_value,
    CASE WHEN recovered_value_known THEN recovered_value END AS recovered_value,
    CASE WHEN shipping_cost_known THEN return_shipping_cost END AS return_shipping_cost
  FROM totals
),
by_disposition AS (
  -- a disposition none of whose returns has a recovered value recovered an unknown amount
  SELECT coalesce(disposition, 'unknown') AS disposition, sum(units) AS units, sum(recovered_value) AS value
  FROM sums
  WHERE recovery_known
  GROUP BY ALL
),
dispositions AS (
  SELECT coalesce(list({'disposition': disposition, 'units': units::INTEGER, 'recoveredValue': value::DOUBLE}
                       ORDER BY value DESC NULLS LAST, disposition), []) AS list
  FROM by_disposition
),
sales AS (
  SELECT coalesce(sum(gross_sales), 0) AS gross_sales
  FROM sales_cells($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, false)
),
figures AS (
  SELECT
    t.*,
    t.exchanged_value + t.store_credit_value AS retained_value,
    t.returned_value - t.exchanged_value - t.store_credit_value - t.refunded_value AS unsettled_value,
    t.refunded_value + t.return_shipping_cost - t.recovered_value AS net_return_cost,
    s.gross_sales,
    d.list AS dispositions
  FROM settled t, sales s, dispositions d
)
SELECT
  units_returned::INTEGER AS "unitsReturned",
  returned_value::DOUBLE AS "returnedValue",
  exchanged_value::DOUBLE AS "exchangedValue",
  store_credit_value::DOUBLE AS "storeCreditValue",
  retained_value::DOUBLE AS "retainedValue",
  unsettled_value::DOUBLE AS "unsettledValue",
  refunded_value::DOUBLE AS "refundedValue",
  (retained_value / nullif(retained_value + refunded_value, 0))::DOUBLE AS "retentionRate",
  recovered_value::DOUBLE AS "recoveredValue",
  dispositions AS "recoveredByDisposition",
  return_shipping_cost::DOUBLE AS "returnShippingCost",
  net_return_cost::DOUBLE AS "netReturnCost",
  gross_sales::DOUBLE AS "grossSales",
  (net_return_cost / nullif(gross_sales, 0))::DOUBLE AS "netCostShareOfSales",
  -- the bars in drawing order: totals stand on the axis, changes float from the running sum
  list_concat(
    [
      {'step': 'returnedValue', 'disposition': NULL::VARCHAR, 'kind': 'total', 'value': returned_value::DOUBLE},
      {'step': 'retained', 'disposition': NULL::VARCHAR, 'kind': 'change', 'value': (0 - retained_value)::DOUBLE},
      {'step': 'unsettled', 'disposition': NULL::VARCHAR, 'kind': 'change', 'value': (0 - unsettled_value)::DOUBLE},
      {'step': 'refunded', 'disposition': NULL::VARCHAR, 'kind': 'total', 'value': refunded_value::DOUBLE}
    ],
    list_transform(dispositions, d -> {'step': 'recovered', 'disposition': d.disposition, 'kind': 'change', 'value': 0 - d.recoveredValue}),
    [
      {'step': 'returnShipping', 'disposition': NULL::VARCHAR, 'kind': 'change', 'value': return_shipping_cost::DOUBLE},
      {'step': 'netReturnCost', 'disposition': NULL::VARCHAR, 'kind': 'total', 'value': net_return_cost::DOUBLE}
    ]
  ) AS "steps"
FROM figures;
