-- An overlapping export (January–March, then March–May) replaces the orders it repeats instead of
-- counting them twice: every stored line of an order the file brings goes, not only those whose
-- key (order, SKU, n-th occurrence) it repeats. An export lists each of its orders whole, as the
-- order stands now, so a line removed from an order since, or the second line of a SKU taken off,
-- is no sale; keyed on the line, it stayed and counted beside the order's lines as they now are.
-- $params: none
DELETE FROM order_lines
WHERE order_id IN (SELECT DISTINCT order_id FROM incoming_order_lines);
