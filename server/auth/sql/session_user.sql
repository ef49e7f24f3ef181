-- The user a session cookie signs in: none when the session is unknown, expired, or its user disabled.
-- $params: tokenHash, now
SELECT u.name, u.role
FROM sessions AS s JOIN users AS u ON u.name = s.user_name
WHERE s.token_hash = $tokenHash AND s.expires_at > $now::TIMESTAMP AND NOT u.disabled;
