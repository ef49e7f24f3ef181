-- The file's orders whose id an import stored for another order: placed on another day, by no same
-- customer; `byOtherCustomers` of them by another customer, where both exports name one (those are
-- refused; with no customer to tell, the day alone may be a date read another way: named). Two
-- stores, or a store before and after a platform move, number their orders alike (every Shopify
-- store starts at #1001), and an ERP may number from 1 again each year; the next export replaces
-- each order it lists by its id (delete_overlapping_order_lines.sql), so the second store's 1001
-- took the first one's place, with no word. An order is placed once: an export of it again gives
-- its day, or the neighbouring one when one export writes UTC and the other the shop's time
-- (request_in_another_zone, as for returns); a day corrected by the same customer is the same
-- order. Ids written another way are orders_look_alike_stored.sql's. Against every stored line, the
-- drop's earlier files' too: two stores dropped together would make one order of two.
-- $params: none
WITH incoming AS (
  SELECT order_id, min(ordered_at) AS ordered_at, max(customer_id) AS customer_id
  FROM incoming_order_lines GROUP BY order_id
),
stored AS (
  SELECT order_id, min(ordered_at) AS ordered_at, max(customer_id) AS customer_id
  FROM order_lines SEMI JOIN incoming USING (order_id) GROUP BY order_id
),
others AS (
  SELECT i.order_id, s.customer_id <> i.customer_id AS by_other_customer,
    'stored placed ' || strftime(s.ordered_at, '%Y-%m-%d') || coalesce(' by ' || s.customer_id, '')
      || ', this file ' || strftime(i.ordered_at, '%Y-%m-%d') || coalesce(' by ' || i.customer_id, '') AS told
  FROM incoming AS i JOIN stored AS s USING (order_id)
  WHERE s.ordered_at::DATE <> i.ordered_at::DATE
    AND NOT request_in_another_zone(s.ordered_at, i.ordered_at)
    AND NOT coalesce(s.customer_id = i.customer_id, false)
)
SELECT count(*)::INTEGER AS count, count(*) FILTER (by_other_customer)::INTEGER AS "byOtherCustomers",
       coalesce(list(order_id || ': ' || told ORDER BY order_id)[1:20], [])::VARCHAR[] AS examples
FROM others;
