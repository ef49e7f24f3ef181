-- A new session, known by the SHA-256 of its cookie.
-- $params: tokenHash, name, now, expiresAt
INSERT INTO sessions VALUES ($tokenHash, $name, $now::TIMESTAMP, $expiresAt::TIMESTAMP);
