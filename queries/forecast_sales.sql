-- How many units were sold each day, per breakdown key, over the days the return forecast reads:
-- the sales whose returns are still to come, the recent run-rate, and the same weeks a year
-- earlier (docs/metrics.md, "The return forecast"). Read from the daily sales rollup, with the
-- standard dimension filters. Per reverse carrier there are no sales of their own: every carrier's
-- returns come from all the sales, so that breakdown reads the shop's (key null).
-- "day" counts days from firstForecastDay (0; the days read are before it, so negative): the
-- forecast's own count, which spares a date's text and parse for each of some thousands of rows.
-- $params: by ('total' | 'category' | 'carrier'), from, to, firstForecastDay, category, channel,
--          region, carrier
SELECT
  CASE $by WHEN 'category' THEN category END AS "key",
  (order_date - $firstForecastDay::DATE)::INTEGER AS "day",
  sum(units_sold)::INTEGER AS "unitsSold"
FROM day_cells($from::DATE, $to::DATE, $category, $channel, $region, $carrier, NULL, false)
GROUP BY ALL
ORDER BY "key", "day"
