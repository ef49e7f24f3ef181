-- Do customers buy again after a return? Reverse logistics exists to keep the customer.
-- Customers who returned: every customer with a return in scope (rejected and pending included:
-- they asked), measured from their first such return and split by its resolution. Customers who
-- did not: those who ordered in scope and are not in the first group, measured from their first
-- order in the period. Either buys again when they place an order with a positive value (never a
-- zero-value replacement) within $withinDays after that moment.
-- Only customers whose $withinDays have passed by $lastTimestamp are "observed" and in the rate: a
-- customer who returned last week has not yet had the chance to come back. It is the data's latest
-- timestamp but no later than the orders' end (purchasesKnownAt): a purchase after it is not in the data.
-- Rows: each cohort overall (resolution null), then the returners by resolution.
-- At 10M order lines this sets a million returns and two million customers' first orders against
-- each other, so every step works on integers (docs/design.md, "The customers queries"): times in
-- microseconds, resolutions and cohorts as small codes named at the end.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy, withinDays, lastTimestamp
WITH returners AS (
  -- a customer with one return in all the data: that return, when in scope, is their first
  SELECT customer_hash, first_return_key(requested_at, resolution) AS first_return, next_order_at
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  WHERE customer_returns = 1
  UNION ALL
  -- the others are grouped: their first return in scope (first_return_key in schema.sql); a later
  -- request's next purchase is never earlier (none after an earlier one, none after a later one),
  -- so the first return's is the least
  SELECT customer_hash, min(first_return_key(requested_at, resolution)), min(next_order_at)
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  WHERE customer_returns > 1
  GROUP BY customer_hash
),
-- cohort: the first return's resolution code, or 6 for a customer who ordered and did not return
cohorts AS (
  SELECT first_return % 8 AS cohort, first_return // 8 AS since_us, next_order_at FROM returners
  UNION ALL
  SELECT 6, epoch_us(o.since), o.next_order_at
  FROM first_orders_in_scope($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku) AS o
  ANTI JOIN returners AS r USING (customer_hash)
),
judged AS (
  SELECT
    cohort,
    since_us + $withinDays::BIGINT * 86400000000 <= epoch_us($lastTimestamp::TIMESTAMP) AS observed,
    epoch_us(next_order_at) <= since_us + $withinDays::BIGINT * 86400000000 AS came_back
  FROM cohorts
),
counted AS (
  SELECT
    cohort,
    count(*) AS customers,
    count(*) FILTER (observed) AS observed,
    count(*) FILTER (observed AND came_back) AS repurchased
  FROM judged
  GROUP BY cohort
),
named AS (
  SELECT
    CASE WHEN cohort = 6 THEN 'not_returned' ELSE 'returned' END AS cohort,
    CASE WHEN cohort < 6 THEN ['refund', 'exchange', 'store_credit', 'rejected', 'pending', 'unknown'][cohort + 1] END AS resolution,
    customers, observed, repurchased
  FROM counted
),
all_rows AS (
  -- each cohort overall, present even when empty, then the returners by resolution
  SELECT cohort, true AS is_cohort, NULL::VARCHAR AS resolution,
         sum(customers) AS customers, sum(observed) AS observed, sum(repurchased) AS repurchased
  FROM (FROM named UNION ALL VALUES ('returned', NULL, 0, 0, 0), ('not_returned', NULL, 0, 0, 0))
  GROUP BY cohort
  UNION ALL
  SELECT cohort, false, resolution, customers, observed, repurchased FROM named WHERE resolution IS NOT NULL
)
SELECT
  cohort AS "cohort",
  resolution AS "resolution",
  customers::INTEGER AS "customers",
  observed::INTEGER AS "observed",
  (customers - observed)::INTEGER AS "stillInWindow",
  repurchased::INTEGER AS "repurchased",
  (repurchased / nullif(observed, 0))::DOUBLE AS "repurchaseRate"
FROM all_rows
ORDER BY cohort DESC, is_cohort DESC, customers DESC, resolution;
