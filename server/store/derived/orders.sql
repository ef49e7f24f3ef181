-- One row per order with its customer and the customer's next order, for "do they buy again?",
-- for the orders of the changed months and every order of the customers touched: so each customer's
-- orders are all here when their next order is found. A zero-value order (a replacement shipped for
-- an exchange) is not a purchase, so it is never anyone's next order.
-- $params: none
WITH per_order AS (
  SELECT
    order_id,
    -- the same on every line of an order: any_value spares comparing text over 10M lines
    any_value(customer_id) AS customer_id,
    any_value(ordered_at) AS ordered_at,
    any_value(order_date) AS order_date,
    any_value(order_month) AS order_month,
    any_value(channel) AS channel,
    any_value(region) AS region,
    any_value(carrier) AS carrier,
    -- its categories' bits (schema.sql, category_bit): 0 when its lines have none
    coalesce(bit_or(category_bit(category)), 0) AS category_bits,
    sum(quantity)::INTEGER AS units_sold,
    sum(line_value) AS gross_sales
  FROM order_lines
  WHERE order_month IN (FROM changed_months) OR customer_hash(customer_id) IN (FROM touched_customers)
  GROUP BY order_id
)
SELECT
  * EXCLUDE (customer_id),
  -- the first order with a value strictly later in time: not itself, nor one placed the same second
  CASE WHEN customer_hash IS NOT NULL THEN min(ordered_at) FILTER (gross_sales > 0) OVER (
    PARTITION BY customer_hash ORDER BY ordered_at
    RANGE BETWEEN INTERVAL 1 MICROSECOND FOLLOWING AND UNBOUNDED FOLLOWING) END AS next_order_at,
  -- the order before: an order whose previous one is older than a period's start is the
  -- customer's first in that period, found without grouping millions of orders by customer
  CASE WHEN customer_hash IS NOT NULL THEN lag(ordered_at) OVER by_customer END AS previous_order_at,
  CASE WHEN customer_hash IS NOT NULL THEN lead(ordered_at) OVER by_customer END AS following_order_at
FROM (SELECT *, customer_hash(customer_id) AS customer_hash FROM per_order)
WINDOW by_customer AS (PARTITION BY customer_hash ORDER BY ordered_at)
ORDER BY order_date
