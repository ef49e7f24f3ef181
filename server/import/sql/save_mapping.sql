-- Saves, or replaces, the mapping a person confirmed for a header signature. savedAt is UTC wall
-- clock, as the import log keeps when an import started: the page shows it in the reader's zone.
-- $params: signature, kind, mapping (JSON text), format (JSON text), savedAt
INSERT OR REPLACE INTO saved_mappings VALUES ($signature, $kind, $mapping::JSON, $format::JSON, $savedAt::TIMESTAMP);
