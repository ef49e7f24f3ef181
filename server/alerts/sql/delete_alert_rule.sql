-- Deletes a rule; answers its id, or nothing when there is no such rule. Its inbox entries stay.
-- $params: id
DELETE FROM alert_rules WHERE rule_id = $id RETURNING rule_id::INTEGER AS "id";
