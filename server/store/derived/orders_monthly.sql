-- Orders per month × channel × region × outbound carrier, for the changed months.
-- $params: none
SELECT order_month, channel, region, carrier, sum(orders)::INTEGER AS orders
FROM orders_daily
WHERE order_month IN (FROM changed_months)
GROUP BY ALL
ORDER BY order_month
