-- A dense integer key per customer id, so that per-customer questions group and join integers.
-- Keys follow the ids' order, so a tie broken by key is broken by id.
-- $params: none
SELECT customer_id, (row_number() OVER (ORDER BY customer_id))::INTEGER AS customer_key
FROM (SELECT DISTINCT customer_id FROM order_lines WHERE customer_id IS NOT NULL)
