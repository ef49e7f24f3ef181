-- The accepted order lines of this file, keyed like the stored ones. The n-th occurrence of a
-- SKU in an order is counted over every row of the file, rejected ones included, so fixing a
-- rejected row and importing again lands on the same key.
-- $params: none
CREATE OR REPLACE TEMP TABLE incoming_order_lines AS
SELECT * EXCLUDE (problems)
FROM (
  SELECT *, row_number() OVER (PARTITION BY order_id, sku ORDER BY file_row)::INTEGER AS line_no
  FROM normalised
)
WHERE len(problems) = 0;
