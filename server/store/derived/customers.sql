-- A dense integer key per customer id, so that per-customer questions group and join integers.
-- $params: none
SELECT customer_id, (row_number() OVER ())::INTEGER AS customer_key
FROM (SELECT DISTINCT customer_id FROM order_lines WHERE customer_id IS NOT NULL)
