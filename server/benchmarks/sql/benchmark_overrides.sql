-- The user's own benchmark entries: edits of published ones (same id) and added ones.
-- $params: none
SELECT benchmark_id AS id, origin, entry::VARCHAR AS entry, strftime(saved_at, '%Y-%m-%dT%H:%M:%S') AS "savedAt"
FROM benchmark_overrides
ORDER BY saved_at, benchmark_id;
