-- Sales per month × SKU × category × channel × region × outbound carrier, for questions about SKUs,
-- for the changed months.
-- $params: none
SELECT
  order_month, sku, category, channel, region, carrier,
  count(*)::INTEGER AS lines,
  sum(quantity)::INTEGER AS units_sold,
  sum(line_value) AS gross_sales,
  -- orders with this SKU: each order numbers its lines of one SKU from 1
  (count(*) FILTER (line_no = 1))::INTEGER AS orders,
  max(ordered_at) AS last_ordered_at,
  max(coalesce(delivered_at, ordered_at)) AS last_window_start
FROM order_lines
WHERE order_month IN (FROM changed_months)
GROUP BY ALL
ORDER BY order_month, sku
