-- One line of the audit trail.
-- $params: now, who, from, action, details (JSON text)
INSERT INTO audit (recorded_at, who, from_address, action, details) VALUES ($now::TIMESTAMP, $who::VARCHAR, $from::VARCHAR, $action, $details::JSON);
