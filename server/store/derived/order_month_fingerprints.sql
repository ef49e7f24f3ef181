-- The order months' fingerprints this refresh saw (month_fingerprints.sql), kept for the next
-- refresh to tell which months changed since.
-- $params: none
SELECT * FROM month_fingerprints
