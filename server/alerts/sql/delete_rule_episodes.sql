-- Forgets a rule's episodes: when it is deleted, or changed (a changed rule judges afresh).
-- $params: ruleId
DELETE FROM alert_episodes WHERE rule_id = $ruleId;
