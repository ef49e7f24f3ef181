-- How do a cohort's returns arrive over the days after its orders? The return curve's counts per
-- complete order month (cohort) and whole day after the order, per breakdown key: none, the
-- category, or the reverse carrier. A cohort is complete once its return window has closed by the
-- data's latest timestamp (month_window_closes_at, as the trend marks months final), so the curve
-- is learnt only from cohorts that have had their whole window.
-- Only the category narrows the curve: the rollup keeps no channel, region or outbound carrier, and
-- the curve's shape is taken to be the shop's (docs/metrics.md, "The return curve").
-- unitsAsStood and valueAsStood count the accepted units and value *as they stood at each age*, as
-- an open month's rates count them: a return counts from the day it is requested, and a rejected
-- one stops counting on the day it was rejected (its resolved_at), for until then it was pending
-- and an open month counts it (docs/metrics.md, "The nowcast"). So the day of its rejection holds
-- a negative count. A rejection without a date is taken as made at the request, as before.
-- $params: by ('total' | 'category' | 'carrier'), category,
--          windowDays, learntWindowDays, lastTimestamp
WITH complete_cohorts AS (
  SELECT order_month
  FROM sales_monthly
  GROUP BY order_month
  HAVING month_window_closes_at('order', order_month, max(last_window_start), max(last_ordered_at), $windowDays, $learntWindowDays)
         <= $lastTimestamp::TIMESTAMP
),
-- the rejections with a date, from the returns themselves: the rollup keeps no resolution date, and
-- rejected returns are few, so this reads one filtered column set of one table
dated_rejections AS (
  SELECT
    order_month, category, carrier, quantity, returned_value,
    greatest(date_diff('second', ordered_at, requested_at) // 86400, 0)::INTEGER AS requested_day,
    greatest(date_diff('second', ordered_at, resolved_at) // 86400, date_diff('second', ordered_at, requested_at) // 86400, 0)::INTEGER AS rejected_day
  FROM returns
  WHERE matched AND resolution = 'rejected' AND resolved_at IS NOT NULL
    AND order_month IN (FROM complete_cohorts)
    AND ($category IS NULL OR category = $category)
),
counts AS (
  SELECT order_month, category, carrier, days_after_order AS day, returns, units, accepted_units, accepted_value,
         accepted_units AS units_as_stood, accepted_value AS value_as_stood
  FROM return_curve
  WHERE order_month IN (FROM complete_cohorts)
    AND ($category IS NULL OR category = $category)
  UNION ALL
  -- pending, hence counted, from its request ...
  SELECT order_month, category, carrier, requested_day, 0, 0, 0, 0, quantity, returned_value
  FROM dated_rejections
  UNION ALL
  -- ... until its rejection
  SELECT order_month, category, carrier, rejected_day, 0, 0, 0, 0, -quantity, -returned_value
  FROM dated_rejections
)
SELECT
  CASE $by WHEN 'category' THEN category WHEN 'carrier' THEN carrier END AS "key",
  strftime(order_month, '%Y-%m-%d') AS "cohortMonth",
  day AS "day",
  sum(returns)::INTEGER AS "returns",
  sum(units)::INTEGER AS "units",
  sum(accepted_units)::INTEGER AS "acceptedUnits",
  sum(accepted_value)::DOUBLE AS "acceptedValue",
  sum(units_as_stood)::INTEGER AS "unitsAsStood",
  coalesce(sum(value_as_stood), 0)::DOUBLE AS "valueAsStood"
FROM counts
GROUP BY ALL
ORDER BY "key", "cohortMonth", "day"
