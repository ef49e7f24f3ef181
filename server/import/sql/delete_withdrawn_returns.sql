-- A return an earlier export stored and this one says was withdrawn, cancelled or expired goes,
-- as a return seen again replaces the stored one: a request withdrawn since is no return.
-- $params: none
DELETE FROM returns WHERE return_id IN (SELECT return_id FROM withdrawn_requests);
