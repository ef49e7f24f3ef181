-- How much was sold on each day of the months still collecting returns? The nowcast weighs the
-- return curve's share by each day's age (docs/metrics.md, "The nowcast"): units, sales value and
-- orders per order day from $from to $to under the standard dimension filters, from the daily
-- rollup (or the lines, for a SKU), as sales_cells reads a period's partial months.
-- Orders are summed over the day's cells: an order with lines in two categories counts in each,
-- which is harmless here, where orders only weigh the days against each other.
-- $params: from (the first day of the first provisional month), to, category, channel, region,
--          carrier, sku
SELECT
  strftime(order_date, '%Y-%m-%d') AS "day",
  strftime(order_month, '%Y-%m-%d') AS "month",
  sum(units_sold)::DOUBLE AS "unitsSold",
  sum(gross_sales)::DOUBLE AS "grossSales",
  sum(orders)::DOUBLE AS "orders"
FROM day_cells($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, false)
GROUP BY ALL
ORDER BY "day"
