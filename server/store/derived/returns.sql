-- The returns to link again (see stale_return_orders.sql), each with its order line's attributes
-- copied on, so that rates and filters read one table: orders may arrive before or after their
-- returns, and a replaced orders file can unlink returns. A return links to the first line of its
-- SKU in its order. Stored in request order, so that a period reads only its own part of the table.
-- $params: none
WITH stale AS (
  SELECT * FROM returns WHERE order_id IN (FROM stale_return_orders)
),
returned_lines AS (
  -- only the lines of those orders: the join then builds on their lines, not on ten million
  SELECT * FROM order_lines
  WHERE line_no = 1 AND order_id IN (FROM stale_return_orders)
),
-- and those orders, for the customer's orders either side and the order's units
returned_orders AS (
  SELECT order_id, customer_hash, ordered_at, previous_order_at, following_order_at, units_sold FROM orders
  WHERE order_id IN (FROM stale_return_orders)
),
linked AS (
  SELECT
    r.* REPLACE (
      l.order_id IS NOT NULL AS matched,
      l.ordered_at AS ordered_at,
      l.order_date AS order_date,
      l.order_month AS order_month,
      l.customer_id AS customer_id,
      l.category AS category,
      l.channel AS channel,
      l.region AS region,
      l.carrier AS order_carrier,
      l.delivered_at AS delivered_at,
      l.unit_price AS unit_price,
      -- at the price it was sold; a return whose order is not in the data (basis=return only) at what
      -- the export says was given back for it, so that its refund never exceeds its value
      coalesce(round_money(r.quantity * l.unit_price, l.currency), r.amount_exported) AS returned_value,
      -- the value given back, when the export does not say it, is the value of what came back
      coalesce(r.amount_exported, round_money(r.quantity * l.unit_price, l.currency)) AS amount,
      date_diff('second', r.requested_at, r.received_at)::INTEGER AS seconds_request_to_received,
      -- none for a return resolved before it was received (insert_returns.sql)
      CASE WHEN r.resolved_at >= r.received_at THEN date_diff('second', r.received_at, r.resolved_at)::INTEGER END AS seconds_received_to_resolved,
      date_diff('second', r.requested_at, r.resolved_at)::INTEGER AS seconds_request_to_resolved,
      (count(*) OVER (PARTITION BY r.order_id))::INTEGER AS order_return_lines,
      customer_hash(l.customer_id) AS customer_hash,
      -- counted once every return is linked (customer_returns.sql)
      NULL::INTEGER AS customer_returns,
      o.previous_order_at AS previous_order_at,
      o.following_order_at AS following_order_at,
      CASE WHEN o.order_id IS NULL THEN NULL
           WHEN row_number() OVER (PARTITION BY r.order_id ORDER BY r.return_id, r.sku, r.requested_at) = 1 THEN o.units_sold
           ELSE 0 END AS order_units_once
    )
  FROM stale AS r
  LEFT JOIN returned_lines AS l ON l.order_id = r.order_id AND l.sku = r.sku
  -- The order's row speaks for the return only where its line agrees with it on customer and time:
  -- an overlapping re-export can leave an order's lines disagreeing (a guest account merged, a time
  -- corrected), and the row keeps one of them. Elsewhere all three stay NULL: unknown.
  LEFT JOIN returned_orders AS o
    ON o.order_id = l.order_id AND o.ordered_at = l.ordered_at AND o.customer_hash IS NOT DISTINCT FROM customer_hash(l.customer_id)
),
-- the next purchase after each request, among the orders with a value of customers who returned
purchases AS (
  SELECT customer_hash, ordered_at FROM orders
  WHERE gross_sales > 0 AND customer_hash IN (SELECT customer_hash FROM linked)
)
SELECT r.* REPLACE (n.ordered_at AS next_order_at)
FROM linked AS r
ASOF LEFT JOIN purchases AS n ON n.customer_hash = r.customer_hash AND n.ordered_at > r.requested_at
ORDER BY r.request_date, r.return_id
