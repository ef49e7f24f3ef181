-- A new alert rule; answers its id.
-- $params: definition (JSON text), now
INSERT INTO alert_rules (definition, created_at, updated_at) VALUES ($definition::JSON, $now::TIMESTAMP, $now::TIMESTAMP)
RETURNING rule_id::INTEGER AS "id";
