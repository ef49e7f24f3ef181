-- Orders of known customers per day × the day of the customer's order before, from every order.
-- $params: none
SELECT order_date, previous_order_at::DATE AS previous_order_date, count(*)::INTEGER AS orders
FROM orders
WHERE customer_hash IS NOT NULL
GROUP BY ALL
ORDER BY order_date
