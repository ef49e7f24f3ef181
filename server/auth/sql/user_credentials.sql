-- What sign-in checks a name against.
-- $params: name
SELECT name, role, password_hash, disabled FROM users WHERE name = $name;
