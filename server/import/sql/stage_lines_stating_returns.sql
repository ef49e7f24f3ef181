-- The order lines whose returns this file states whole: a combined file's lines, each listed with
-- its return or with none, as the export saw it (normalise-returns.ts). The next export of them
-- replaces the returns an earlier combined file stored of them (delete_overlapping_returns.sql):
-- its line now returned 2 units on the 20th, where the earlier said 1 on the 10th, is one return of
-- 2, not 3 units back. A line whose row, or whose return, is rejected says nothing for certain.
-- $params: none
CREATE OR REPLACE TEMP TABLE lines_stating_returns AS
SELECT DISTINCT o.order_id, o.sku
FROM normalised_order_lines AS o
WHERE o.problems IS NULL
  AND NOT EXISTS (SELECT 1 FROM normalised_returns AS r WHERE r.file_row = o.file_row AND r.problems IS NOT NULL);
