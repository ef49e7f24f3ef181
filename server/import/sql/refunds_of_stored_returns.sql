-- The returns told twice, once by a combined file's refund without an id and once by a returns
-- app with its id, that this import counts once as the app's (stage_refunds_of_stored_returns.sql):
-- named in a warning, since the refund's row is left out.
-- $params: none
SELECT count(*)::INTEGER AS count, coalesce(list(told ORDER BY told)[1:20], [])::VARCHAR[] AS examples
FROM refunds_of_stored_returns;
