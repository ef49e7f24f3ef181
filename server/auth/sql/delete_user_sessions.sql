-- Signs a user out everywhere: when disabled, given a new password or a new role.
-- $params: name
DELETE FROM sessions WHERE user_name = $name;
