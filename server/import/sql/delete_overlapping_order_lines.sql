-- An overlapping export (January–March, then March–May) replaces the orders it repeats instead of
-- counting them twice: every line an earlier import stored of an order the file brings goes, not
-- only those whose key (order, SKU, n-th occurrence) it repeats. An export lists each of its orders
-- whole, as the order stands now, so a line removed from an order since, or the second line of a
-- SKU taken off, is no sale; keyed on the line, it stayed and counted beside the order's lines as
-- they now are. The files of one drop are parts of one export (cut by row count, an order can
-- straddle the cut) or overlapping exports: what an earlier file of the drop wrote goes only where
-- the key repeats, so the parts add up and an overlap still counts once.
-- $params: dropFirstImportId
DELETE FROM order_lines
WHERE rowid IN (
  SELECT o.rowid
  FROM order_lines AS o
  SEMI JOIN (SELECT DISTINCT order_id FROM incoming_order_lines) AS i USING (order_id)
  WHERE o.import_id < $dropFirstImportId::INTEGER
  UNION ALL
  SELECT o.rowid
  FROM order_lines AS o
  SEMI JOIN incoming_order_lines AS i ON o.order_id = i.order_id AND o.sku = i.sku AND o.line_no = i.line_no
  WHERE o.import_id >= $dropFirstImportId::INTEGER
);
