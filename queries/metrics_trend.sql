-- How do the return rates, values and cycle times move month by month, and which months are final
-- (for their requests, and for their resolutions)?
-- One row per calendar month of the period, gaps included, so charts keep a true time axis.
-- The month is the order month for basis = 'order' and the request month for basis = 'return';
-- the sales denominators are always the orders placed in that month.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy,
--          windowDays (the return policy, from delivery), learntWindowDays (p95 order → request,
--          null without returns), lastTimestamp (the moment the period is counted at: the data's
--          latest timestamp, the returns' end while they lag, or an earlier requestedBy)
WITH months AS (
  SELECT unnest(generate_series(date_trunc('month', $from::DATE), date_trunc('month', $to::DATE), INTERVAL 1 MONTH))::DATE AS month
),
sales AS (
  SELECT
    order_month AS month, sum(units_sold) AS units_sold, sum(gross_sales) AS gross_sales,
    max(last_ordered_at) AS last_ordered_at, max(last_window_start) AS last_window_start
  FROM sales_cells($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, false)
  GROUP BY order_month
),
orders AS (
  SELECT order_month AS month, sum(orders) AS orders
  FROM order_counts($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku)
  GROUP BY order_month
),
-- the parts below read only the columns they need from the returns in scope
scoped_returns AS NOT MATERIALIZED (
  SELECT * FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
),
returned AS (
  SELECT * FROM returned_by_month($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
),
-- the orders with several return lines, de-duplicated within each month (rejected returns are in no rate)
several_line_orders AS (
  SELECT month, count(*) AS orders
  FROM (SELECT DISTINCT basis_month AS month, order_id FROM scoped_returns WHERE resolution <> 'rejected' AND order_return_lines > 1)
  GROUP BY month
),
cycle AS (
  SELECT
    basis_month AS month,
    stage_days(stage_seconds(seconds_request_to_received)) AS request_to_received,
    stage_days(stage_seconds(seconds_received_to_resolved)) AS received_to_resolved,
    stage_days(stage_seconds(seconds_request_to_resolved)) AS request_to_resolved
  FROM scoped_returns
  GROUP BY basis_month
),
-- Whether the figures' inputs are known, judged over the whole period as the summary judges it
-- (schema.sql, value_inputs_known), so that the months add up to the summary: a month whose
-- returns happen to lack a recovered value recovered 0 of a known figure.
known AS (FROM value_inputs_known($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)),
-- the value figures, null where unknown; a figure made of an unknown one is unknown too
settled AS (
  SELECT
    m.month,
    CASE WHEN k.resolution THEN coalesce(r.refunded_value, 0) END AS refunded_value,
    CASE WHEN k.resolution THEN coalesce(r.exchanged_value, 0) END AS exchanged_value,
    CASE WHEN k.resolution THEN coalesce(r.store_credit_value, 0) END AS store_credit_value,
    CASE WHEN k.recovered_value THEN coalesce(r.recovered_value, 0) END AS recovered_value,
    CASE WHEN k.shipping_cost THEN coalesce(r.return_shipping_cost, 0) END AS return_shipping_cost
  FROM months m
  LEFT JOIN returned r USING (month)
  CROSS JOIN known k
),
windows AS (
  SELECT m.month, month_window_closes_at($basis, m.month, s.last_window_start, s.last_ordered_at, $windowDays, $learntWindowDays) AS closes_at
  FROM months m
  LEFT JOIN sales s USING (month)
),
-- How long resolutions take, at the moment the period is counted at ($lastTimestamp: the data's
-- latest timestamp, the returns' end while they lag, or an earlier requestedBy, when the returns
-- resolved since were still pending): the 95th percentile of request → resolution over every
-- return of the data resolved by then, learnt on the whole data as the learnt window is, so that a
-- filter does not make it jump (docs/metrics.md "Maturity", month_resolutions_settled).
resolution_window AS (
  SELECT as_of, request_to_resolved AS seconds
  FROM learnt_stage_windows($lastTimestamp::TIMESTAMP, true)
),
-- each month's youngest return still open (still_open: a pending one with a resolution date was
-- resolved, its outcome not given): resolutions still to come
pending AS (
  SELECT basis_month AS month, max(requested_at) AS last_pending_requested_at
  FROM scoped_returns
  WHERE still_open(resolution, resolved_at)
  GROUP BY basis_month
)
SELECT
  strftime(m.month, '%Y-%m-%d') AS "month",
  coalesce(o.orders, 0)::INTEGER AS "orders",
  coalesce(s.units_sold, 0)::INTEGER AS "unitsSold",
  coalesce(s.gross_sales, 0)::DOUBLE AS "grossSales",
  coalesce(r.returns, 0)::INTEGER AS "returns",
  coalesce(r.single_line_orders + coalesce(ml.orders, 0), 0)::INTEGER AS "ordersWithReturn",
  coalesce(r.units_returned, 0)::INTEGER AS "unitsReturned",
  coalesce(r.returned_value, 0)::DOUBLE AS "returnedValue",
  (coalesce(r.units_returned, 0) / nullif(s.units_sold, 0))::DOUBLE AS "returnRateUnits",
  (coalesce(r.single_line_orders + coalesce(ml.orders, 0), 0) / nullif(o.orders, 0))::DOUBLE AS "returnRateOrders",
  (coalesce(r.returned_value, 0) / nullif(s.gross_sales, 0))::DOUBLE AS "returnRateValue",
  v.refunded_value::DOUBLE AS "refundedValue",
  v.exchanged_value::DOUBLE AS "exchangedValue",
  v.store_credit_value::DOUBLE AS "storeCreditValue",
  (v.exchanged_value + v.store_credit_value)::DOUBLE AS "retainedValue",
  v.recovered_value::DOUBLE AS "recoveredValue",
  v.return_shipping_cost::DOUBLE AS "returnShippingCost",
  (v.refunded_value + v.return_shipping_cost - v.recovered_value)::DOUBLE AS "netReturnCost",
  c.request_to_received.p50 AS "requestToReceivedP50", c.request_to_received.p90 AS "requestToReceivedP90",
  c.received_to_resolved.p50 AS "receivedToResolvedP50", c.received_to_resolved.p90 AS "receivedToResolvedP90",
  c.request_to_resolved.p50 AS "requestToResolvedP50", c.request_to_resolved.p90 AS "requestToResolvedP90",
  strftime(w.closes_at, '%Y-%m-%dT%H:%M:%S') AS "windowClosesAt",
  w.closes_at <= $lastTimestamp::TIMESTAMP AS "mature",
  month_resolutions_settled(w.closes_at <= $lastTimestamp::TIMESTAMP, p.last_pending_requested_at, rw.seconds, rw.as_of) AS "resolutionsSettled"
FROM months AS m
JOIN windows w USING (month)
LEFT JOIN pending p USING (month)
CROSS JOIN resolution_window rw
LEFT JOIN sales s USING (month)
LEFT JOIN orders o USING (month)
LEFT JOIN returned r USING (month)
LEFT JOIN several_line_orders ml USING (month)
LEFT JOIN cycle c USING (month)
JOIN settled v USING (month)
ORDER BY m.month;
