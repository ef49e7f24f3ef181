-- One row per order with its customer and the customer's next order, for "do they buy again?".
-- A zero-value order (a replacement shipped for an exchange) is not a purchase, so it is never
-- anyone's next order.
-- $params: none
WITH per_order AS (
  SELECT
    order_id,
    min(customer_id) AS customer_id,
    min(ordered_at) AS ordered_at,
    min(order_date) AS order_date,
    min(order_month) AS order_month,
    min(channel) AS channel,
    min(region) AS region,
    min(carrier) AS carrier,
    sum(quantity)::INTEGER AS units_sold,
    sum(line_value) AS gross_sales
  FROM order_lines
  GROUP BY order_id
),
keyed AS (
  SELECT p.* EXCLUDE (customer_id), c.customer_key
  FROM per_order AS p
  LEFT JOIN customers AS c USING (customer_id)
),
purchases AS (
  SELECT customer_key, ordered_at FROM keyed WHERE customer_key IS NOT NULL AND gross_sales > 0
)
SELECT k.*, n.ordered_at AS next_order_at
FROM keyed AS k
ASOF LEFT JOIN purchases AS n ON n.customer_key = k.customer_key AND n.ordered_at > k.ordered_at
ORDER BY k.order_date
