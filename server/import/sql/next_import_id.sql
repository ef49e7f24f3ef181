-- The id of the import being written, drawn in its write turn: ids follow the order imports were written in.
-- $params: none
SELECT nextval('import_ids')::INTEGER AS id;
