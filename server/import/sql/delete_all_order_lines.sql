-- mode=replace: the file becomes the whole table (inside the import's transaction).
-- $params: none
DELETE FROM order_lines;
