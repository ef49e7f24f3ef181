-- Back to the published table: every edit and every added entry dropped.
-- $params: none
DELETE FROM benchmark_overrides RETURNING benchmark_id;
