-- An order an earlier export stored as a sale and this one says was cancelled goes with its lines,
-- as an overlapping export replaces the lines it repeats: a sale cancelled since is no sale.
-- $params: none
DELETE FROM order_lines WHERE order_id IN (SELECT order_id FROM cancelled_orders);
