-- A report of returned lines (every_line_returned.sql) keeps the sales stored: the lines it wrote
-- whose key (order, SKU, n-th occurrence) an earlier import stored go again, so the stored line
-- stands as the orders export gave it. The report leaves out the category and channel it has no
-- column for, and its quantity may be the units returned, not sold (1 of a line of 2): replacing
-- the stored line by it moved sales and rates. Its lines not stored yet stay, the sale they tell of.
-- $params: importId
DELETE FROM order_lines AS o
WHERE o.import_id = $importId::INTEGER
  AND EXISTS (
    FROM order_lines AS s
    WHERE s.order_id = o.order_id AND s.sku = o.sku AND s.line_no = o.line_no AND s.import_id <> $importId::INTEGER
  )
RETURNING o.order_id;
