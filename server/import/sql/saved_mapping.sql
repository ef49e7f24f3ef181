-- The mapping saved for one header signature, if any.
-- $params: signature
SELECT header_signature, kind, mapping::VARCHAR AS mapping, format::VARCHAR AS format, strftime(saved_at, '%Y-%m-%dT%H:%M:%S') AS saved_at
FROM saved_mappings
WHERE header_signature = $signature;
