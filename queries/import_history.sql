-- Which files were imported, when, by whom, and how many of their rows made it in? Newest first.
-- $params: none
SELECT
  import_id::INTEGER AS "importId", kind AS "kind", source AS "source", file_name AS "fileName", mode AS "mode",
  strftime(started_at, '%Y-%m-%dT%H:%M:%S') AS "startedAt",
  rows_read::INTEGER AS "rowsRead", rows_imported::INTEGER AS "rowsImported", rows_rejected::INTEGER AS "rowsRejected",
  is_demo AS "isDemo", imported_by AS "importedBy"
FROM imports
ORDER BY import_id DESC
LIMIT 200;
