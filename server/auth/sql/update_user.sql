-- Changes what is given of a user's role, disabled flag and password hash (null keeps it);
-- answers the user as it now is, or no row for an unknown name.
-- $params: name, role, disabled, passwordHash
UPDATE users SET
  role = coalesce($role::VARCHAR, role),
  disabled = coalesce($disabled::BOOLEAN, disabled),
  password_hash = coalesce($passwordHash::VARCHAR, password_hash)
WHERE name = $name
RETURNING name AS "name", role AS "role", disabled AS "disabled";
