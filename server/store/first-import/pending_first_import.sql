-- A first import that began writing and never finished, if any (first-import.ts).
-- $params: none
SELECT import_id FROM first_import_pending LIMIT 1;
