-- Drops the sessions that can no longer sign anyone in, so the table stays small.
-- $params: now
DELETE FROM sessions WHERE expires_at <= $now::TIMESTAMP;
