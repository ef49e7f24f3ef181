-- Stores the accepted lines with the columns derived once here so metrics never recompute them.
-- $params: importId
INSERT INTO order_lines BY NAME
SELECT
  order_id, sku, line_no, ordered_at, customer_id, product_name, category, variant, quantity, unit_price,
  currency, channel, region, country, carrier, delivered_at,
  ordered_at::DATE AS order_date,
  date_trunc('month', ordered_at)::DATE AS order_month,
  -- to the currency's minor unit: a total of 10 for 3 units is 10.00, not 3 × 3.3333
  round_money(quantity * unit_price, currency) AS line_value,
  $importId::INTEGER AS import_id
FROM incoming_order_lines;
