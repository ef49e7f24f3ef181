-- How much came back, why, how fast, and what did it cost, for one period and set of filters?
-- $params: from, to, basis ('order' | 'return'), category, channel, region, carrier, sku, reason
WITH sales AS (
  SELECT
    count(DISTINCT order_id) AS orders,
    coalesce(sum(quantity), 0) AS units_sold,
    coalesce(sum(line_value), 0) AS gross_sales
  FROM sales_in_scope($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku)
),
scoped_returns AS (
  SELECT * FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason)
),
-- A rejected return is counted as a return, but nothing came back and nothing was paid:
-- it stays out of every rate and value.
accepted AS (
  SELECT * FROM scoped_returns WHERE resolution <> 'rejected'
),
returned AS (
  SELECT
    count(DISTINCT order_id) AS orders_with_return,
    coalesce(sum(quantity), 0) AS units_returned,
    coalesce(sum(returned_value), 0) AS returned_value,
    coalesce(sum(amount) FILTER (resolution = 'refund'), 0) AS refunded_value,
    coalesce(sum(amount) FILTER (resolution = 'exchange'), 0) AS exchanged_value,
    coalesce(sum(amount) FILTER (resolution = 'store_credit'), 0) AS store_credit_value,
    coalesce(sum(recovered_value), 0) AS recovered_value,
    coalesce(sum(shipping_cost), 0) AS return_shipping_cost
  FROM accepted
),
-- Cycle times describe the process, so rejected returns count here too.
cycle AS (
  SELECT
    count(*) AS returns,
    quantile_cont(days_request_to_received, 0.5) AS rr_p50, quantile_cont(days_request_to_received, 0.9) AS rr_p90,
    count(days_request_to_received) AS rr_n,
    quantile_cont(days_received_to_resolved, 0.5) AS rs_p50, quantile_cont(days_received_to_resolved, 0.9) AS rs_p90,
    count(days_received_to_resolved) AS rs_n,
    quantile_cont(days_request_to_resolved, 0.5) AS qs_p50, quantile_cont(days_request_to_resolved, 0.9) AS qs_p90,
    count(days_request_to_resolved) AS qs_n
  FROM scoped_returns
),
reasons AS (
  SELECT reason, sum(quantity) AS units FROM accepted GROUP BY reason
)
SELECT
  s.orders::INTEGER AS "orders",
  s.units_sold::INTEGER AS "unitsSold",
  s.gross_sales::DOUBLE AS "grossSales",
  c.returns::INTEGER AS "returns",
  r.orders_with_return::INTEGER AS "ordersWithReturn",
  r.units_returned::INTEGER AS "unitsReturned",
  r.returned_value::DOUBLE AS "returnedValue",
  (r.units_returned / nullif(s.units_sold, 0))::DOUBLE AS "returnRateUnits",
  (r.orders_with_return / nullif(s.orders, 0))::DOUBLE AS "returnRateOrders",
  (r.returned_value / nullif(s.gross_sales, 0))::DOUBLE AS "returnRateValue",
  r.refunded_value::DOUBLE AS "refundedValue",
  r.exchanged_value::DOUBLE AS "exchangedValue",
  r.store_credit_value::DOUBLE AS "storeCreditValue",
  (r.exchanged_value + r.store_credit_value)::DOUBLE AS "retainedValue",
  ((r.exchanged_value + r.store_credit_value) / nullif(r.exchanged_value + r.store_credit_value + r.refunded_value, 0))::DOUBLE AS "retentionRate",
  r.recovered_value::DOUBLE AS "recoveredValue",
  r.return_shipping_cost::DOUBLE AS "returnShippingCost",
  (r.refunded_value + r.return_shipping_cost - r.recovered_value)::DOUBLE AS "netReturnCost",
  {
    'requestToReceived': {'p50': c.rr_p50::DOUBLE, 'p90': c.rr_p90::DOUBLE, 'n': c.rr_n::INTEGER},
    'receivedToResolved': {'p50': c.rs_p50::DOUBLE, 'p90': c.rs_p90::DOUBLE, 'n': c.rs_n::INTEGER},
    'requestToResolved': {'p50': c.qs_p50::DOUBLE, 'p90': c.qs_p90::DOUBLE, 'n': c.qs_n::INTEGER}
  } AS "cycleDays",
  coalesce((
    SELECT list({'reason': reason, 'units': units::INTEGER, 'share': (units / nullif(r.units_returned, 0))::DOUBLE} ORDER BY units DESC, reason)
    FROM reasons
  ), []) AS "topReasons"
FROM sales s, returned r, cycle c;
