-- How much came back, why, how fast, and what did it cost, for one period and set of filters?
-- $params: from, to, basis ('order' | 'return'), category, channel, region, carrier, sku, reason, requestedBy
WITH sales AS (
  SELECT coalesce(sum(units_sold), 0) AS units_sold, coalesce(sum(gross_sales), 0) AS gross_sales
  FROM sales_cells($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, false)
),
orders AS (
  SELECT coalesce(sum(orders), 0) AS orders
  FROM order_counts($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku)
),
-- the parts below read only the columns they need from the returns in scope
scoped_returns AS NOT MATERIALIZED (
  SELECT * FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
),
-- what came back, month by month, summed: every one of these figures adds up over months
returned AS (
  SELECT
    coalesce(sum(returns), 0) AS returns,
    coalesce(sum(single_line_orders), 0) AS single_line_orders,
    coalesce(sum(units_returned), 0) AS units_returned,
    coalesce(sum(returned_value), 0) AS returned_value,
    coalesce(sum(refunded_value), 0) AS refunded_value,
    coalesce(sum(exchanged_value), 0) AS exchanged_value,
    coalesce(sum(store_credit_value), 0) AS store_credit_value,
    coalesce(sum(recovered_value), 0) AS recovered_value,
    coalesce(sum(return_shipping_cost), 0) AS return_shipping_cost
  FROM returned_by_month($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
),
-- the orders with several return lines, de-duplicated (rejected returns are in no rate)
several_line_orders AS (
  SELECT count(*) AS orders
  FROM (SELECT DISTINCT order_id FROM scoped_returns WHERE resolution <> 'rejected' AND order_return_lines > 1)
),
-- cycle times describe the process, so rejected returns count here too
cycle AS (
  SELECT
    stage_seconds(seconds_request_to_received) AS request_to_received,
    stage_seconds(seconds_received_to_resolved) AS received_to_resolved,
    stage_seconds(seconds_request_to_resolved) AS request_to_resolved
  FROM scoped_returns
),
reasons AS (
  SELECT reason, sum(quantity) AS units FROM scoped_returns WHERE resolution <> 'rejected' GROUP BY reason
),
-- whether the figures' inputs are known in scope (schema.sql, value_inputs_known)
known AS (FROM value_inputs_known($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)),
-- the value figures, null where unknown; a figure made of an unknown one is unknown too
settled AS (
  SELECT
    CASE WHEN k.resolution THEN r.refunded_value END AS refunded_value,
    CASE WHEN k.resolution THEN r.exchanged_value END AS exchanged_value,
    CASE WHEN k.resolution THEN r.store_credit_value END AS store_credit_value,
    CASE WHEN k.recovered_value THEN r.recovered_value END AS recovered_value,
    CASE WHEN k.shipping_cost THEN r.return_shipping_cost END AS return_shipping_cost
  FROM returned r, known k
)
SELECT
  o.orders::INTEGER AS "orders",
  s.units_sold::INTEGER AS "unitsSold",
  s.gross_sales::DOUBLE AS "grossSales",
  r.returns::INTEGER AS "returns",
  (r.single_line_orders + m.orders)::INTEGER AS "ordersWithReturn",
  r.units_returned::INTEGER AS "unitsReturned",
  r.returned_value::DOUBLE AS "returnedValue",
  (r.units_returned / nullif(s.units_sold, 0))::DOUBLE AS "returnRateUnits",
  ((r.single_line_orders + m.orders) / nullif(o.orders, 0))::DOUBLE AS "returnRateOrders",
  (r.returned_value / nullif(s.gross_sales, 0))::DOUBLE AS "returnRateValue",
  v.refunded_value::DOUBLE AS "refundedValue",
  v.exchanged_value::DOUBLE AS "exchangedValue",
  v.store_credit_value::DOUBLE AS "storeCreditValue",
  (v.exchanged_value + v.store_credit_value)::DOUBLE AS "retainedValue",
  ((v.exchanged_value + v.store_credit_value) / nullif(v.exchanged_value + v.store_credit_value + v.refunded_value, 0))::DOUBLE AS "retentionRate",
  v.recovered_value::DOUBLE AS "recoveredValue",
  v.return_shipping_cost::DOUBLE AS "returnShippingCost",
  (v.refunded_value + v.return_shipping_cost - v.recovered_value)::DOUBLE AS "netReturnCost",
  {
    'requestToReceived': stage_days(c.request_to_received),
    'receivedToResolved': stage_days(c.received_to_resolved),
    'requestToResolved': stage_days(c.request_to_resolved)
  } AS "cycleDays",
  coalesce((
    SELECT list({'reason': reason, 'units': units::INTEGER, 'share': (units / nullif(r.units_returned, 0))::DOUBLE} ORDER BY units DESC, reason)
    FROM reasons
  ), []) AS "topReasons"
FROM sales s, orders o, returned r, several_line_orders m, cycle c, settled v;
