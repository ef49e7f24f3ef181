-- The accepted returns of this file, each row a return line: keyed on the source's return id, else
-- (order, sku, requested at), and the n-th row of that key and SKU in the file (`line_no`). A
-- return of several lines shares its id, and several rows of one SKU are several returns: counted
-- as the file lists them, as its order lines are. Importing the file again replaces them, by id;
-- `return_id_given` says whether the id is the source's (delete_overlapping_returns.sql).
-- $params: none
CREATE OR REPLACE TEMP TABLE incoming_returns AS
SELECT *, row_number() OVER (PARTITION BY return_id, sku ORDER BY file_row)::INTEGER AS line_no
FROM (
  SELECT * EXCLUDE (return_id, problems, dated_at_order),
    coalesce(return_id, generated_return_id(order_id, sku, requested_at)) AS return_id,
    n.return_id IS NOT NULL AS return_id_given
  FROM normalised_returns AS n
  WHERE problems IS NULL
);
