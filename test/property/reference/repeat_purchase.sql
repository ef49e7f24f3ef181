-- Reference only: queries/repeat_purchase.sql as it was before issue 14 made it faster (it reads the
-- reference_ macros of scope_macros.sql). metrics.property.test.ts holds today's
-- answers to this SQL's on generated shops; the server never runs it.
-- Do customers buy again after a return? Reverse logistics exists to keep the customer.
-- Customers who returned: every customer with a return in scope (rejected and pending included:
-- they asked), measured from their first such return and split by its resolution. Customers who
-- did not: those who ordered in scope and are not in the first group, measured from their first
-- order in the period. Either buys again when they place an order with a positive value (never a
-- zero-value replacement) within $withinDays after that moment.
-- Only customers whose $withinDays have passed by the data's latest timestamp are "observed" and
-- in the rate: a customer who returned last week has not yet had the chance to come back.
-- Rows: each cohort overall (resolution null), then the returners by resolution.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy, withinDays, lastTimestamp
WITH returners AS (
  SELECT
    customer_hash,
    min(requested_at) AS since,
    -- of two returns asked for in the same second, the one resolved first in this order; an
    -- integer key, because ordering pairs of values costs twice as much over a million returns
    arg_min(resolution, epoch_us(requested_at) * 8 + CASE resolution WHEN 'refund' THEN 0 WHEN 'exchange' THEN 1
                          WHEN 'store_credit' THEN 2 WHEN 'rejected' THEN 3 ELSE 4 END) AS resolution,
    -- returns asked for in the same second share their next purchase
    arg_min(next_order_at, requested_at) AS next_order_at
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  WHERE customer_hash IS NOT NULL
  GROUP BY customer_hash
),
buyers AS (
  SELECT o.customer_hash, o.since, o.next_order_at
  FROM reference_first_orders_in_scope($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku) AS o
  ANTI JOIN returners AS r USING (customer_hash)
),
cohorts AS (
  SELECT 'returned' AS cohort, resolution, since, next_order_at FROM returners
  UNION ALL
  SELECT 'not_returned', NULL, since, next_order_at FROM buyers
),
judged AS (
  SELECT
    cohort,
    resolution,
    since + to_days($withinDays::INTEGER) <= $lastTimestamp::TIMESTAMP AS observed,
    next_order_at <= since + to_days($withinDays::INTEGER) AS came_back
  FROM cohorts
),
counted AS (
  SELECT
    cohort,
    CASE WHEN grouping(resolution) = 0 THEN resolution END AS resolution,
    grouping(resolution) = 1 AS is_cohort,
    count(*) AS customers,
    count(*) FILTER (observed) AS observed,
    count(*) FILTER (observed AND came_back) AS repurchased
  FROM judged
  GROUP BY GROUPING SETS ((cohort), (cohort, resolution))
),
all_rows AS (
  -- both cohorts even when empty
  SELECT 'returned' AS cohort, true AS is_cohort, NULL::VARCHAR AS resolution
  UNION ALL SELECT 'not_returned', true, NULL
  UNION ALL SELECT cohort, false, resolution FROM counted WHERE cohort = 'returned' AND NOT is_cohort
)
SELECT
  a.cohort AS "cohort",
  a.resolution AS "resolution",
  coalesce(c.customers, 0)::INTEGER AS "customers",
  coalesce(c.observed, 0)::INTEGER AS "observed",
  coalesce(c.customers - c.observed, 0)::INTEGER AS "stillInWindow",
  coalesce(c.repurchased, 0)::INTEGER AS "repurchased",
  (c.repurchased / nullif(c.observed, 0))::DOUBLE AS "repurchaseRate"
FROM all_rows a
LEFT JOIN counted c ON c.cohort = a.cohort AND c.is_cohort = a.is_cohort AND c.resolution IS NOT DISTINCT FROM a.resolution
ORDER BY a.cohort DESC, a.is_cohort DESC, c.customers DESC, a.resolution;
