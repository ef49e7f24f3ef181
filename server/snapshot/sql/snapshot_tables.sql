-- The tables a Parquet snapshot carries: every table of the database, read from its catalog, so that
-- a table added later (a derived rollup, a new record) travels without a list to keep up. Left out
-- are the people of team mode: password hashes, live session ids and the audit trail stay with the
-- writer (docs/scaling.md, "Read replicas").
-- $params: none
SELECT table_name AS "table"
FROM duckdb_tables()
WHERE database_name = current_database()
  AND schema_name = 'main'
  AND NOT temporary
  AND table_name NOT IN ('users', 'sessions', 'audit')
ORDER BY table_name
