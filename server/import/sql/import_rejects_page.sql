-- One page of an import's rejects, in file order, for the CSV download.
-- $params: importId, limit, offset
SELECT line::BIGINT AS line, field, value, reason
FROM import_rejects
WHERE import_id = $importId::INTEGER
ORDER BY rowid
LIMIT $limit::BIGINT OFFSET $offset::BIGINT;
