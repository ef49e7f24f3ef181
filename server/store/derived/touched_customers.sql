-- The customers with an order in a changed month, as the lines are now or as the orders table last
-- saw them: their next purchases may have moved, so all their orders and returns are derived again.
-- None on a rebuild ($rebuildAll): every month is changed, so every customer's orders are derived
-- anyway, and naming them would group every line for nothing.
-- $params: rebuildAll
SELECT DISTINCT customer_hash(customer_id) AS customer_hash
FROM order_lines
WHERE NOT $rebuildAll AND order_month IN (FROM changed_months) AND customer_id IS NOT NULL
UNION
SELECT customer_hash
FROM orders
WHERE NOT $rebuildAll AND order_month IN (FROM changed_months) AND customer_hash IS NOT NULL
