-- How many users there are: the first admin from the environment is made only when none is.
-- $params: none
SELECT count(*)::INTEGER AS users FROM users;
