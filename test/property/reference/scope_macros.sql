-- The macros the customers queries read before issue 14 (server/store/schema.sql at that time),
-- renamed with a reference_ prefix so that they live beside today's in one database: the
-- property test in metrics.property.test.ts defines them and holds today's answers to
-- the answers of this SQL, kept only as the reference, not to be run by the server.
-- $params: none

-- The orders in scope of customers we know, one row each: whole orders from the orders table, or,
-- when a category or SKU narrows the question to part of an order, that part of it, from its lines.
CREATE OR REPLACE MACRO reference_customer_orders_in_scope(p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku) AS TABLE
  SELECT customer_hash, customer_id, order_id, ordered_at, units_sold, next_order_at
  -- the orders table kept its customer's id then; it is its lines' (any_value, as it was derived)
  FROM orders JOIN (SELECT order_id, any_value(customer_id) AS customer_id FROM order_lines GROUP BY order_id) USING (order_id)
  WHERE p_category IS NULL AND p_sku IS NULL AND customer_hash IS NOT NULL
    AND order_date BETWEEN p_from AND p_to
    AND matches_filters(NULL, channel, region, carrier, NULL, p_channel, p_region, p_carrier)
  UNION ALL
  -- lines carry no next purchase: first_orders_in_scope finds it for the orders it needs
  SELECT customer_hash(customer_id), customer_id, order_id, min(ordered_at), sum(quantity), NULL::TIMESTAMP
  FROM sales_in_scope(p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku)
  WHERE (p_category IS NOT NULL OR p_sku IS NOT NULL) AND customer_id IS NOT NULL
  GROUP BY order_id, customer_id;

-- Each customer's first order in scope in the period, with the customer's next purchase after it.
-- Without a filter, an order is its customer's first in the period when the one before it is older
-- than the period: a scan, not a grouping of millions of orders by customer. A filter can skip a
-- customer's orders, so then the orders in scope are grouped by customer: whole orders carry their
-- next purchase; for part of an order (a category, a SKU) it is looked up for the first orders only.
CREATE OR REPLACE MACRO reference_first_orders_in_scope(p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku) AS TABLE
  SELECT customer_hash, ordered_at AS since, next_order_at
  FROM orders
  WHERE coalesce(p_category, p_channel, p_region, p_carrier, p_sku) IS NULL
    AND customer_hash IS NOT NULL
    AND order_date BETWEEN p_from AND p_to
    AND (previous_order_at IS NULL OR previous_order_at < p_from)
  UNION ALL
  SELECT customer_hash, min(ordered_at), arg_min(next_order_at, ordered_at)
  FROM reference_customer_orders_in_scope(p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku)
  WHERE p_category IS NULL AND p_sku IS NULL AND coalesce(p_channel, p_region, p_carrier) IS NOT NULL
  GROUP BY customer_hash
  UNION ALL
  SELECT f.customer_hash, f.since, o.next_order_at
  FROM (
    SELECT customer_hash, min(ordered_at) AS since, arg_min(order_id, ordered_at) AS order_id
    FROM reference_customer_orders_in_scope(p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku)
    WHERE p_category IS NOT NULL OR p_sku IS NOT NULL
    GROUP BY customer_hash
  ) AS f
  -- the period again, so that only its part of the orders table is read
  JOIN (SELECT order_id, next_order_at FROM orders WHERE order_date BETWEEN p_from AND p_to) AS o USING (order_id);

-- A cycle-time stage from its durations in seconds: the continuous quantiles of docs/metrics.md
-- ("How fast": linear between the two nearest values), the mean, and n, the returns with both
