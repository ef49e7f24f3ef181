-- Opens an episode of a rule for one subject; answers its id.
-- $params: ruleId, subject, asOf, now
INSERT INTO alert_episodes (rule_id, subject, opened_as_of, opened_at) VALUES ($ruleId, $subject, $asOf::TIMESTAMP, $now::TIMESTAMP)
RETURNING episode_id::INTEGER AS "id";
