-- Sales per day × category × channel × region × outbound carrier, what most sales questions sum,
-- for the changed months.
-- $params: none
SELECT
  order_date, order_month, category, channel, region, carrier,
  count(*)::INTEGER AS lines,
  sum(quantity)::INTEGER AS units_sold,
  sum(line_value) AS gross_sales,
  -- orders with a line of this category: an order lies in one day, channel, region and carrier
  count(DISTINCT order_id)::INTEGER AS orders,
  max(ordered_at) AS last_ordered_at,
  max(coalesce(delivered_at, ordered_at)) AS last_window_start
FROM order_lines
WHERE order_month IN (FROM changed_months)
GROUP BY ALL
ORDER BY order_date
