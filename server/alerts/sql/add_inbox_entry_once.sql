-- An inbox entry of a failure, unless the same one (kind, rule, title) is still unread: a check
-- that fails the same way at every import says so once until someone reads it. Answers its id,
-- or nothing when the same entry is already waiting.
-- $params: kind, ruleId, title, details (JSON text), now
INSERT INTO alert_inbox (kind, created_at, rule_id, episode_id, title, details)
SELECT $kind, $now::TIMESTAMP, $ruleId::BIGINT, NULL, $title, $details::JSON
WHERE NOT EXISTS (
  SELECT 1 FROM alert_inbox
  WHERE read_at IS NULL AND kind = $kind AND title = $title AND rule_id IS NOT DISTINCT FROM $ruleId::BIGINT
)
RETURNING entry_id::INTEGER AS "id";
