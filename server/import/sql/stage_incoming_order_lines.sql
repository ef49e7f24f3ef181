-- The accepted order lines of this file, keyed like the stored ones: line_no is 1 unless the
-- normaliser numbered a repeated (order, SKU) over every row, rejected ones included. A view over
-- the normalised rows' Parquet file: they are not copied once more before they are inserted.
-- $params: none
CREATE OR REPLACE TEMP VIEW incoming_order_lines AS
SELECT n.* EXCLUDE (problems, order_refund), coalesce(r.line_no, 1) AS line_no
FROM normalised_order_lines AS n
LEFT JOIN repeated_line_numbers AS r USING (file_row)
WHERE n.problems IS NULL;
