-- A return seen again replaces the stored one, every line of it, instead of counting twice.
-- $params: none
DELETE FROM returns AS r
USING incoming_returns AS i
WHERE r.return_id = i.return_id;
