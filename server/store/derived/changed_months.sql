-- The order months whose lines changed since the derived tables last saw them (a month that gained
-- or lost every line included), or every month when the derived data is rebuilt whole.
-- $params: rebuildAll
SELECT order_month
FROM month_fingerprints AS now
FULL JOIN order_month_fingerprints AS seen USING (order_month)
WHERE $rebuildAll OR now.fingerprint IS DISTINCT FROM seen.fingerprint
