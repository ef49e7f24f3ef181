-- Signs a session out.
-- $params: tokenHash
DELETE FROM sessions WHERE token_hash = $tokenHash;
