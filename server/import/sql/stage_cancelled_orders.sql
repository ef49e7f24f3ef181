-- The orders this file says were cancelled (normalise-order-lines.ts): left out as no sales, named
-- in a warning, and taken out of what earlier imports stored of them. Empty when the file says
-- nothing of cancellations.
-- $params: saysCancelled, reason (the reject reason of a cancelled order's lines)
CREATE OR REPLACE TEMP TABLE cancelled_orders AS
SELECT order_id, count(*)::INTEGER AS lines
FROM normalised_order_lines
WHERE $saysCancelled::BOOLEAN AND order_id IS NOT NULL AND has_problem(problems, $reason::VARCHAR)
GROUP BY order_id;
