-- An overlapping export (January–March, then March–May) replaces the lines it repeats
-- instead of counting them twice.
-- $params: none
DELETE FROM order_lines AS o
USING incoming_order_lines AS i
WHERE o.order_id = i.order_id AND o.sku = i.sku AND o.line_no = i.line_no;
