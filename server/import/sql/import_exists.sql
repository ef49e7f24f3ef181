-- Whether an import of this id was logged (its rejects can be downloaded).
-- $params: importId
SELECT 1 AS found FROM imports WHERE import_id = $importId::INTEGER;
