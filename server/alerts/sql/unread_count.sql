-- How many inbox entries are unread: the badge on the navigation.
-- $params: none
SELECT count(*)::INTEGER AS "unread" FROM alert_inbox WHERE read_at IS NULL;
