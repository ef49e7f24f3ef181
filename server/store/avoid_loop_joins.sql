-- Rows written in a transaction have no statistics yet: DuckDB takes them for a handful and picks
-- its nested-loop ASOF join for the next purchase after each return, quadratic (400 s for 1M rows
-- instead of 0.2 s). Set on the connection that imports and refreshes, never the loop join.
-- $params: none
SET SESSION asof_loop_join_threshold = 0;
