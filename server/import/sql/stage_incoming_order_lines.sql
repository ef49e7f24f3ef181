-- The accepted order lines of this file, keyed like the stored ones (line_no is counted by the
-- normaliser over every row, rejected ones included). A view: ten million lines are not copied
-- once more before they are inserted.
-- $params: none
CREATE OR REPLACE TEMP VIEW incoming_order_lines AS
SELECT * EXCLUDE (problems, order_refund)
FROM normalised_order_lines
WHERE len(problems) = 0;
