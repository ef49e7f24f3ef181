-- Orders per day × channel × region × outbound carrier.
-- $params: none
SELECT order_date, order_month, channel, region, carrier, count(*)::INTEGER AS orders
FROM orders
GROUP BY ALL
ORDER BY order_date
