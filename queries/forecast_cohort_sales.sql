-- How many units did each order month (cohort) sell, per breakdown key? What the eventual return
-- rate per unit sold divides: the returns of the return curve's complete cohorts over their sales.
-- Only the category narrows it, as it narrows the return curve (queries/return_curve.sql): the
-- rate, like the curve, is the shop's or the category's. Per reverse carrier the sales are the
-- shop's (key null): a carrier's rate is its returns over every unit sold.
-- $params: by ('total' | 'category' | 'carrier'), category
SELECT
  CASE $by WHEN 'category' THEN category END AS "key",
  strftime(order_month, '%Y-%m-%d') AS "cohortMonth",
  sum(units_sold)::INTEGER AS "unitsSold"
FROM sales_monthly
WHERE ($category IS NULL OR category = $category)
GROUP BY ALL
ORDER BY "key", "cohortMonth"
