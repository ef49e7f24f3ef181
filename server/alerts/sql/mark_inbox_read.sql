-- Marks one entry read (null id: every unread one); answers the ids it marked.
-- $params: id, now
UPDATE alert_inbox SET read_at = $now::TIMESTAMP
WHERE read_at IS NULL AND ($id::BIGINT IS NULL OR entry_id = $id::BIGINT)
RETURNING entry_id::INTEGER AS "id";
