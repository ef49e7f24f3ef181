-- Forgets the mapping saved for a header signature; answers the signature when there was one.
-- $params: signature
DELETE FROM saved_mappings WHERE header_signature = $signature RETURNING header_signature;
