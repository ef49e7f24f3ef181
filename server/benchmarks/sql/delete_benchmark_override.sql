-- Drops the user's version of one entry: an added one is gone, an edited one is published again.
-- $params: id
DELETE FROM benchmark_overrides WHERE benchmark_id = $id RETURNING benchmark_id;
