-- Returns of this import whose order line is not in the data (yet): kept, and counted in the report.
-- $params: importId
SELECT count(*)::INTEGER AS unmatched
FROM returns
WHERE import_id = $importId::INTEGER AND NOT matched;
