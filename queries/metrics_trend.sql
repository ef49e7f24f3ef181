-- How do the return rates, values and cycle times move month by month?
-- One row per calendar month of the period, gaps included, so charts keep a true time axis.
-- The month is the order month for basis = 'order' and the request month for basis = 'return';
-- the sales denominators are always the orders placed in that month.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason,
--          windowDays (return window), lastTimestamp (the data's latest timestamp)
WITH months AS (
  SELECT unnest(generate_series(date_trunc('month', $from::DATE), date_trunc('month', $to::DATE), INTERVAL 1 MONTH))::DATE AS month
),
sales AS (
  SELECT order_month AS month, count(DISTINCT order_id) AS orders, sum(quantity) AS units_sold, sum(line_value) AS gross_sales
  FROM sales_in_scope($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku)
  GROUP BY order_month
),
scoped_returns AS (
  SELECT * FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason)
),
returned AS (
  SELECT
    basis_month AS month,
    count(*) AS returns,
    -- rejected returns are counted, but stay out of rates and values
    count(DISTINCT order_id) FILTER (resolution <> 'rejected') AS orders_with_return,
    coalesce(sum(quantity) FILTER (resolution <> 'rejected'), 0) AS units_returned,
    coalesce(sum(returned_value) FILTER (resolution <> 'rejected'), 0) AS returned_value,
    coalesce(sum(amount) FILTER (resolution = 'refund'), 0) AS refunded_value,
    coalesce(sum(amount) FILTER (resolution = 'exchange'), 0) AS exchanged_value,
    coalesce(sum(amount) FILTER (resolution = 'store_credit'), 0) AS store_credit_value,
    coalesce(sum(recovered_value) FILTER (resolution <> 'rejected'), 0) AS recovered_value,
    coalesce(sum(shipping_cost) FILTER (resolution <> 'rejected'), 0) AS return_shipping_cost,
    quantile_cont(days_request_to_received, 0.5) AS rr_p50, quantile_cont(days_request_to_received, 0.9) AS rr_p90,
    quantile_cont(days_received_to_resolved, 0.5) AS rs_p50, quantile_cont(days_received_to_resolved, 0.9) AS rs_p90,
    quantile_cont(days_request_to_resolved, 0.5) AS qs_p50, quantile_cont(days_request_to_resolved, 0.9) AS qs_p90
  FROM scoped_returns
  GROUP BY basis_month
)
SELECT
  strftime(m.month, '%Y-%m-%d') AS "month",
  coalesce(s.orders, 0)::INTEGER AS "orders",
  coalesce(s.units_sold, 0)::INTEGER AS "unitsSold",
  coalesce(s.gross_sales, 0)::DOUBLE AS "grossSales",
  coalesce(r.returns, 0)::INTEGER AS "returns",
  coalesce(r.orders_with_return, 0)::INTEGER AS "ordersWithReturn",
  coalesce(r.units_returned, 0)::INTEGER AS "unitsReturned",
  coalesce(r.returned_value, 0)::DOUBLE AS "returnedValue",
  (coalesce(r.units_returned, 0) / nullif(s.units_sold, 0))::DOUBLE AS "returnRateUnits",
  (coalesce(r.orders_with_return, 0) / nullif(s.orders, 0))::DOUBLE AS "returnRateOrders",
  (coalesce(r.returned_value, 0) / nullif(s.gross_sales, 0))::DOUBLE AS "returnRateValue",
  coalesce(r.refunded_value, 0)::DOUBLE AS "refundedValue",
  coalesce(r.exchanged_value, 0)::DOUBLE AS "exchangedValue",
  coalesce(r.store_credit_value, 0)::DOUBLE AS "storeCreditValue",
  coalesce(r.exchanged_value + r.store_credit_value, 0)::DOUBLE AS "retainedValue",
  coalesce(r.recovered_value, 0)::DOUBLE AS "recoveredValue",
  coalesce(r.return_shipping_cost, 0)::DOUBLE AS "returnShippingCost",
  coalesce(r.refunded_value + r.return_shipping_cost - r.recovered_value, 0)::DOUBLE AS "netReturnCost",
  r.rr_p50::DOUBLE AS "requestToReceivedP50", r.rr_p90::DOUBLE AS "requestToReceivedP90",
  r.rs_p50::DOUBLE AS "receivedToResolvedP50", r.rs_p90::DOUBLE AS "receivedToResolvedP90",
  r.qs_p50::DOUBLE AS "requestToResolvedP50", r.qs_p90::DOUBLE AS "requestToResolvedP90",
  -- An order month is final once its last day plus the return window has passed in the data;
  -- a request month is final once it has ended.
  (CASE WHEN $basis = 'order' THEN m.month + INTERVAL 1 MONTH + to_days($windowDays::INTEGER)
        ELSE m.month + INTERVAL 1 MONTH END) <= $lastTimestamp::TIMESTAMP AS "mature"
FROM months m
LEFT JOIN sales s USING (month)
LEFT JOIN returned r USING (month)
ORDER BY m.month;
