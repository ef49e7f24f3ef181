-- Saves, or replaces, the user's version of one benchmark entry. savedAt is UTC wall clock.
-- $params: id, origin ('edited' a published entry, or 'added'), entry (JSON text), savedAt
INSERT OR REPLACE INTO benchmark_overrides VALUES ($id, $origin, $entry::JSON, $savedAt::TIMESTAMP);
