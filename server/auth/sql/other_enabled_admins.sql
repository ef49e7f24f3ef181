-- The enabled admins besides one user: a change that would leave none is refused.
-- $params: name
SELECT count(*)::INTEGER AS admins FROM users WHERE role = 'admin' AND NOT disabled AND name <> $name;
