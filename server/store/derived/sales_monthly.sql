-- Sales per month × category × channel × region × outbound carrier, for the changed months.
-- $params: none
SELECT
  order_month, category, channel, region, carrier,
  sum(lines)::INTEGER AS lines,
  sum(units_sold)::INTEGER AS units_sold,
  sum(gross_sales) AS gross_sales,
  -- an order lies in one day: the days' counts of orders with the category add up
  sum(orders)::INTEGER AS orders,
  max(last_ordered_at) AS last_ordered_at,
  max(last_window_start) AS last_window_start
FROM sales_daily
WHERE order_month IN (FROM changed_months)
GROUP BY ALL
ORDER BY order_month
