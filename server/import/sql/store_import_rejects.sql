-- Keeps this import's rejects (inside its transaction) for the rejects download.
-- $params: importId
INSERT INTO import_rejects
SELECT $importId::INTEGER, line, field, value, reason
FROM import_problems
ORDER BY line, position;
