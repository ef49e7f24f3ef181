-- Reference only: queries/serial_returners.sql as it was before issue 14 made it faster (it reads the
-- reference_ macros of scope_macros.sql). metrics.property.test.ts holds today's
-- answers to this SQL's on generated shops; the server never runs it.
-- Who returns most of what they buy? Customers with at least $minOrders orders in scope and a unit
-- return rate (units returned / units bought, rejected returns left out) above $minReturnRate,
-- with their share of all returned units and of all refunded value in scope.
-- The first row (isTotal) holds the totals; then one page of serial returners, sorted on the server.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy,
--          minOrders, minReturnRate, sort ('unitsReturned' | 'returnRateUnits' | 'refundedValue' | 'orders'),
--          limit, offset
WITH returned AS (
  SELECT
    customer_hash,
    sum(quantity) AS units_returned,
    sum(returned_value) AS returned_value,
    coalesce(sum(amount) FILTER (resolution = 'refund'), 0) AS refunded_value,
    bool_or(resolution <> 'unknown') AS resolution_known
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  WHERE resolution <> 'rejected'
  GROUP BY customer_hash
),
-- A serial returner bought at least one unit in each of at least $minOrders orders and returned
-- more than $minReturnRate of them, so returned more than $minReturnRate × $minOrders units:
-- only those customers are counted order by order.
candidates AS (
  SELECT customer_hash FROM returned WHERE units_returned > $minReturnRate::DOUBLE * $minOrders::INTEGER
),
orders_in_scope AS NOT MATERIALIZED (
  SELECT * FROM reference_customer_orders_in_scope($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku)
),
bought AS (
  SELECT o.customer_hash, any_value(o.customer_id) AS customer_id, count(*) AS orders, sum(o.units_sold) AS units_sold
  FROM orders_in_scope AS o
  SEMI JOIN candidates AS c USING (customer_hash)
  GROUP BY o.customer_hash
),
-- everyone who ordered: without a filter, one first order per customer, found by a scan; with one,
-- the customers of the orders in scope
customers_with_orders AS (
  SELECT count(*) AS customers
  FROM reference_first_orders_in_scope($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku)
  WHERE coalesce($category, $channel, $region, $carrier, $sku) IS NULL
  UNION ALL
  SELECT count(DISTINCT customer_hash)
  FROM orders_in_scope
  WHERE coalesce($category, $channel, $region, $carrier, $sku) IS NOT NULL
),
serial AS (
  SELECT
    b.customer_hash, b.customer_id, b.orders, b.units_sold, r.units_returned, r.returned_value, r.refunded_value,
    r.units_returned / b.units_sold AS return_rate,
    CASE $sort WHEN 'unitsReturned' THEN r.units_returned WHEN 'returnRateUnits' THEN r.units_returned / b.units_sold
               WHEN 'refundedValue' THEN r.refunded_value WHEN 'orders' THEN b.orders END::DOUBLE AS sort_value
  FROM bought b
  JOIN returned r USING (customer_hash)
  WHERE b.orders >= $minOrders::INTEGER AND r.units_returned / b.units_sold > $minReturnRate::DOUBLE
),
-- shares are of everything returned in scope, customers we cannot name included
in_scope AS (
  SELECT
    (SELECT sum(customers) FROM customers_with_orders) AS customers_with_orders,
    (SELECT sum(units_returned) FROM returned) AS units_returned,
    (SELECT sum(refunded_value) FROM returned) AS refunded_value,
    -- refunds are unknown, not 0, when no accepted return in scope says how it was resolved
    -- (docs/metrics.md, "Figures the data cannot give")
    (SELECT count(*) = 0 OR bool_or(resolution_known) FROM returned) AS resolution_known
),
serial_total AS (
  SELECT count(*) AS customers, sum(orders) AS orders, sum(units_sold) AS units_sold,
         coalesce(sum(units_returned), 0) AS units_returned, coalesce(sum(refunded_value), 0) AS refunded_value
  FROM serial
),
page AS (
  SELECT *, row_number() OVER (ORDER BY sort_value DESC, units_returned DESC, customer_id) AS position
  FROM serial
  QUALIFY position BETWEEN $offset::INTEGER + 1 AND $offset::INTEGER + $limit::INTEGER
),
answer AS (
  SELECT true AS is_total, NULL::VARCHAR AS customer_id, t.customers, a.customers_with_orders, t.orders, t.units_sold,
         t.units_returned, t.refunded_value, 0 AS position
  FROM serial_total t, in_scope a
  UNION ALL
  SELECT false, p.customer_id, 1, NULL, p.orders, p.units_sold, p.units_returned, p.refunded_value, p.position
  FROM page p
)
SELECT
  s.is_total AS "isTotal",
  s.customer_id AS "customerId",
  s.customers::INTEGER AS "customers",
  s.customers_with_orders::INTEGER AS "customersWithOrders",
  s.orders::INTEGER AS "orders",
  s.units_sold::INTEGER AS "unitsSold",
  s.units_returned::INTEGER AS "unitsReturned",
  (s.units_returned / nullif(s.units_sold, 0))::DOUBLE AS "returnRateUnits",
  (CASE WHEN a.resolution_known THEN s.refunded_value END)::DOUBLE AS "refundedValue",
  (s.units_returned / nullif(a.units_returned, 0))::DOUBLE AS "shareOfUnitsReturned",
  (CASE WHEN a.resolution_known THEN s.refunded_value / nullif(a.refunded_value, 0) END)::DOUBLE AS "shareOfRefundedValue"
FROM answer s, in_scope a
ORDER BY s.position;
