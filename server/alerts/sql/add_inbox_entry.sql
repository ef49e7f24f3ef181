-- One entry of the inbox: an alert that fired, a delivery that failed, a check that failed.
-- $params: kind, ruleId, episodeId, title, details (JSON text), now
INSERT INTO alert_inbox (kind, created_at, rule_id, episode_id, title, details)
VALUES ($kind, $now::TIMESTAMP, $ruleId::BIGINT, $episodeId::BIGINT, $title, $details::JSON)
RETURNING entry_id::INTEGER AS "id";
