-- Which derived SQL made the derived tables: the version the last refresh recorded, none before
-- the first one.
-- $params: none
SELECT max(version)::INTEGER AS version FROM derived_state
