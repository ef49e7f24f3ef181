-- How do a cohort's returns arrive over the days after its orders? The return curve's counts per
-- complete order month (cohort) and whole day after the order, per breakdown key: none, the
-- category, or the reverse carrier. A cohort is complete once its return window has closed by the
-- data's latest timestamp (month_window_closes_at, as the trend marks months final), so the curve
-- is learnt only from cohorts that have had their whole window.
-- Only the category narrows the curve: the rollup keeps no channel, region or outbound carrier, and
-- the curve's shape is taken to be the shop's (docs/metrics.md, "The return curve").
-- $params: by ('total' | 'category' | 'carrier'), category,
--          windowDays, learntWindowDays, lastTimestamp
WITH complete_cohorts AS (
  SELECT order_month
  FROM sales_monthly
  GROUP BY order_month
  HAVING month_window_closes_at('order', order_month, max(last_window_start), max(last_ordered_at), $windowDays, $learntWindowDays)
         <= $lastTimestamp::TIMESTAMP
)
SELECT
  CASE $by WHEN 'category' THEN category WHEN 'carrier' THEN carrier END AS "key",
  strftime(order_month, '%Y-%m-%d') AS "cohortMonth",
  days_after_order AS "day",
  sum(returns)::INTEGER AS "returns",
  sum(units)::INTEGER AS "units",
  sum(accepted_units)::INTEGER AS "acceptedUnits",
  sum(accepted_value)::DOUBLE AS "acceptedValue"
FROM return_curve
WHERE order_month IN (FROM complete_cohorts)
  AND ($category IS NULL OR category = $category)
GROUP BY ALL
ORDER BY "key", "cohortMonth", "day"
