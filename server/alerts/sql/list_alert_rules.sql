-- Every alert rule, oldest first, with its definition as JSON text (parsed by server/alerts/alert-rules.ts).
-- $params: none
SELECT
  rule_id::INTEGER AS "id",
  definition::VARCHAR AS "definition",
  strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS "createdAt",
  strftime(updated_at, '%Y-%m-%dT%H:%M:%SZ') AS "updatedAt"
FROM alert_rules
ORDER BY rule_id;
