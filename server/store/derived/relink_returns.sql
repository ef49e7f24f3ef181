-- Copies each return's order-line attributes onto it, so that rates and filters read one table.
-- Runs after every import: orders may arrive before or after their returns, and a replaced
-- orders file can unlink returns. A return links to the first line of its SKU in its order.
-- $params: none
UPDATE returns AS r
SET
  matched = l.order_id IS NOT NULL,
  ordered_at = l.ordered_at,
  order_date = l.order_date,
  order_month = l.order_month,
  customer_id = l.customer_id,
  category = l.category,
  channel = l.channel,
  region = l.region,
  order_carrier = l.carrier,
  unit_price = l.unit_price,
  returned_value = r.quantity * l.unit_price,
  -- the value given back, when the export does not say it, is the value of what came back
  amount = coalesce(r.amount_exported, r.quantity * l.unit_price)
FROM (
  SELECT r2.return_id, o.*
  FROM returns AS r2
  LEFT JOIN order_lines AS o ON o.order_id = r2.order_id AND o.sku = r2.sku AND o.line_no = 1
) AS l
WHERE r.return_id = l.return_id;
