-- Which derived SQL this refresh ran ($version, a hash of this folder's files), and when: the
-- next server start compares it with its own (refresh-derived.ts).
-- $params: version
SELECT $version::INTEGER AS version, current_localtimestamp() AS refreshed_at
