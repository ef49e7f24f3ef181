-- Whether every order line a combined file lists came back: then it is a report of returned lines
-- (an ERP's or an OMS's, with its orders' columns), not an export of whole orders. A shop's export
-- of orders lists the lines kept beside those returned; one where each came back is a list of
-- returns, and the lines it leaves out of its orders were kept, not taken off
-- (keep_stored_order_lines.sql).
-- $params: none
SELECT NOT EXISTS (FROM incoming_order_lines ANTI JOIN incoming_returns USING (file_row)) AS every_line_returned;
