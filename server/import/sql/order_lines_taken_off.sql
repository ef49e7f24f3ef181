-- What an orders or combined file takes off the stored orders it lists: the next export replaces
-- each order whole (delete_overlapping_order_lines.sql), so the units an earlier import stored of an
-- order and the file no longer lists (or rejects) are no sale now. That is right for an order edited
-- since, and a silent loss for a file that lists only part of its orders (filtered by product or
-- category): named in a warning (order_lines_taken_off), with their units and value. Counted per
-- order and SKU: a SKU's second line taken off is the units it lost, not whichever line's key moved
-- (1 + 2 units of TEE, then one line of 2, lost 1 unit). Only the SKUs with a stored line the file
-- does not repeat are summed: the millions of lines a next export repeats are left alone.
-- $params: dropFirstImportId
WITH stored AS (
  SELECT order_id, sku, line_no, quantity, line_value
  FROM order_lines
  SEMI JOIN (SELECT DISTINCT order_id FROM incoming_order_lines) AS i USING (order_id)
  WHERE import_id < $dropFirstImportId::INTEGER
),
short AS (
  SELECT DISTINCT order_id, sku FROM stored ANTI JOIN incoming_order_lines USING (order_id, sku, line_no)
),
stored_of_short AS (
  SELECT order_id, sku, sum(quantity) AS units, sum(line_value) AS value
  FROM stored SEMI JOIN short USING (order_id, sku)
  GROUP BY ALL
),
listed_of_short AS (
  SELECT order_id, sku, sum(quantity) AS units, sum(round_money(quantity * unit_price, currency)) AS value
  FROM incoming_order_lines SEMI JOIN short USING (order_id, sku)
  GROUP BY ALL
),
taken AS (
  SELECT s.order_id, s.sku, s.units - coalesce(l.units, 0) AS units, greatest(s.value - coalesce(l.value, 0), 0) AS value
  FROM stored_of_short AS s LEFT JOIN listed_of_short AS l USING (order_id, sku)
  WHERE s.units > coalesce(l.units, 0)
)
SELECT count(*)::INTEGER AS lines, count(DISTINCT order_id)::INTEGER AS orders,
       coalesce(sum(units), 0)::BIGINT AS units, coalesce(sum(value), 0)::DOUBLE AS value,
       coalesce(list(order_id || ' / ' || sku ORDER BY order_id, sku)[1:20], [])::VARCHAR[] AS examples
FROM taken;
