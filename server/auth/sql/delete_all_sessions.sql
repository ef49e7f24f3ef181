-- Signs everyone out: a restored file's sessions were valid when the backup was taken, and may
-- have been ended since (a user disabled, a password changed).
-- $params: none
DELETE FROM sessions;
