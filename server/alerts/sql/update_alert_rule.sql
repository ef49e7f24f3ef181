-- Replaces a rule's definition; answers its id, or nothing when there is no such rule.
-- $params: id, definition (JSON text), now
UPDATE alert_rules SET definition = $definition::JSON, updated_at = $now::TIMESTAMP
WHERE rule_id = $id
RETURNING rule_id::INTEGER AS "id";
