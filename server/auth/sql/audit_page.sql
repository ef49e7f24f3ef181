-- A page of the audit trail, newest first: the lines before the id `before` (null: from the newest).
-- $params: before, limit
SELECT
  audit_id::INTEGER AS "id", strftime(recorded_at, '%Y-%m-%dT%H:%M:%SZ') AS "at", who AS "who", from_address AS "from",
  action AS "action", details::VARCHAR AS "details"
FROM audit
WHERE $before::BIGINT IS NULL OR audit_id < $before::BIGINT
ORDER BY audit_id DESC
LIMIT $limit;
