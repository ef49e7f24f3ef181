-- Every user, by name, without the password hash.
-- $params: none
SELECT name AS "name", role AS "role", disabled AS "disabled", strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS "createdAt"
FROM users
ORDER BY name;
