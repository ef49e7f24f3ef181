-- Orders per day × channel × region × outbound carrier, for the changed months.
-- $params: none
SELECT order_date, order_month, channel, region, carrier, count(*)::INTEGER AS orders
FROM orders
WHERE order_month IN (FROM changed_months)
GROUP BY ALL
ORDER BY order_date
