-- Adds a user; answers the name, or no row when the name is taken.
-- $params: name, role, passwordHash, now
INSERT INTO users VALUES ($name, $role, $passwordHash, false, $now::TIMESTAMP)
ON CONFLICT DO NOTHING
RETURNING name;
