-- Every saved mapping, the newest first, for the Import page's list.
-- $params: none
SELECT header_signature, kind, mapping::VARCHAR AS mapping, format::VARCHAR AS format, strftime(saved_at, '%Y-%m-%dT%H:%M:%S') AS saved_at
FROM saved_mappings
ORDER BY saved_at DESC;
