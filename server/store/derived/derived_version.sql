-- Which derived SQL made the derived tables: the version the last refresh recorded, none before
-- the first one; and how many order months it saw, none while no order line was ever derived.
-- $params: none
SELECT (SELECT max(version) FROM derived_state)::INTEGER AS version, (SELECT count(*) FROM order_month_fingerprints)::INTEGER AS months_seen
