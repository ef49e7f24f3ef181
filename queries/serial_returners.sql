-- Who returns most of what they buy? Customers with at least $minOrders orders in scope and a unit
-- return rate (units returned / units bought, rejected returns left out) above $minReturnRate,
-- with their share of all returned units and of all refunded value in scope.
-- The first row (isTotal) holds the totals; then one page of serial returners, sorted on the server.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy,
--          minOrders, minReturnRate, sort ('unitsReturned' | 'returnRateUnits' | 'refundedValue' | 'orders'),
--          limit, offset
-- The accepted returns in scope, read for each part of the grouping by customer and summed whole
-- for the shares.
WITH accepted AS NOT MATERIALIZED (
  SELECT customer_hash, customer_id, customer_returns, quantity, resolution, CASE WHEN resolution = 'refund' THEN amount END AS refunded,
         -- no other order of the customer in the period: they have at most one order in it (this
         -- one, or none when basis=return reaches outside it); known only where the return's line
         -- agrees with its order's row (order_units_once set)
         order_units_once IS NOT NULL
           AND no_other_order_in_period(previous_order_at, following_order_at, $from::DATE, $to::DATE) AS at_most_one_order,
         -- (on basis=order every return in scope is of an order in the period)
         CASE WHEN $basis = 'order' OR order_date BETWEEN $from::DATE AND $to::DATE THEN order_units_once END AS period_order_units_once
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  WHERE resolution <> 'rejected'
),
-- By customer: a million returns at 10M order lines. A customer with one return in all the data
-- is that return; the others are grouped. When whole orders are counted (no category or SKU) and
-- $minOrders asks for several, the returns of a customer with at most one order in the period are
-- left out first (those that know it): such a customer is no serial returner whatever is left of
-- their returns, and a customer with more orders loses none. The customer's id comes from the
-- returns, so that the orders below are grouped on integers alone.
returned AS (
  SELECT customer_hash, customer_id, quantity AS units_returned, coalesce(refunded, 0) AS refunded_value,
         coalesce(period_order_units_once, 0) AS units_bought_at_least
  FROM accepted
  WHERE customer_returns = 1
    AND NOT ($minOrders::INTEGER >= 2 AND $category IS NULL AND $sku IS NULL AND at_most_one_order)
  UNION ALL
  SELECT customer_hash, any_value(customer_id), sum(quantity), coalesce(sum(refunded), 0),
         -- the units of the period's orders they returned from, each once (a return filtered out
         -- may leave one out): never more than they bought in the period
         coalesce(sum(period_order_units_once), 0)
  FROM accepted
  WHERE customer_returns > 1
    AND NOT ($minOrders::INTEGER >= 2 AND $category IS NULL AND $sku IS NULL AND at_most_one_order)
  GROUP BY customer_hash
),
-- A serial returner bought at least one unit in each of at least $minOrders orders and returned
-- more than $minReturnRate of them, so returned more than $minReturnRate × $minOrders units;
-- and, without any filter, more than $minReturnRate of the units they are known to have bought.
-- Only those customers are counted order by order. (Under a category or SKU, orders are counted
-- from the lines, whose customer an order's row may not share; under a channel, region or
-- carrier, a returned order may fall outside the orders counted.)
candidates AS (
  SELECT customer_hash FROM returned
  WHERE units_returned > $minReturnRate::DOUBLE * $minOrders::INTEGER
    AND (coalesce($category, $channel, $region, $carrier, $sku) IS NOT NULL OR units_bought_at_least = 0
         OR units_returned / units_bought_at_least > $minReturnRate::DOUBLE)
),
-- their orders in scope: whole orders, or, when a category or SKU narrows the question to part of
-- an order, that part, from its lines (the candidates picked before the lines are counted per order)
bought AS (
  SELECT customer_hash, count(*) AS orders, sum(units_sold) AS units_sold
  FROM orders
  WHERE $category IS NULL AND $sku IS NULL
    AND order_date BETWEEN $from::DATE AND $to::DATE
    -- a customer's only order in the period cannot make $minOrders of two or more: left unread
    AND NOT ($minOrders::INTEGER >= 2 AND no_other_order_in_period(previous_order_at, following_order_at, $from::DATE, $to::DATE))
    AND matches_filters(NULL, channel, region, carrier, NULL, $channel, $region, $carrier)
    AND customer_hash IN (FROM candidates)
  GROUP BY customer_hash
  UNION ALL
  SELECT customer_hash(customer_id), count(DISTINCT order_id), sum(quantity)
  FROM sales_in_scope($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku)
  WHERE ($category IS NOT NULL OR $sku IS NOT NULL)
    AND customer_hash(customer_id) IN (FROM candidates)
  GROUP BY customer_hash(customer_id)
),
-- everyone who ordered: without a filter, the orders in the period whose customer's order before is
-- older than it (one per customer), counted by day; with one, the customers of the orders, or
-- lines, in scope
customers_with_orders AS (
  SELECT sum(orders) AS customers
  FROM orders_by_previous_day
  WHERE coalesce($category, $channel, $region, $carrier, $sku) IS NULL
    AND order_date BETWEEN $from::DATE AND $to::DATE
    AND (previous_order_date IS NULL OR previous_order_date < $from::DATE)
  UNION ALL
  SELECT count(DISTINCT customer_hash)
  FROM orders
  WHERE $category IS NULL AND $sku IS NULL AND coalesce($channel, $region, $carrier) IS NOT NULL
    AND order_date BETWEEN $from::DATE AND $to::DATE
    AND matches_filters(NULL, channel, region, carrier, NULL, $channel, $region, $carrier)
  UNION ALL
  SELECT count(DISTINCT customer_hash(customer_id))
  FROM sales_in_scope($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku)
  WHERE $category IS NOT NULL OR $sku IS NOT NULL
),
serial AS (
  SELECT
    r.customer_id, b.orders, b.units_sold, r.units_returned, r.refunded_value,
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
    sum(quantity) AS units_returned,
    sum(refunded) AS refunded_value,
    -- refunds are unknown, not 0, when no accepted return in scope says how it was resolved
    -- (docs/metrics.md, "Figures the data cannot give")
    count(*) = 0 OR bool_or(resolution <> 'unknown') AS resolution_known
  FROM accepted
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
