-- The episodes still open, of every rule: what a check compares its findings with.
-- $params: none
SELECT episode_id::INTEGER AS "id", rule_id::INTEGER AS "ruleId", subject AS "subject"
FROM alert_episodes
WHERE closed_as_of IS NULL
ORDER BY episode_id;
