-- Returns of this import whose order line is not in the data (yet): kept, and counted in the report.
-- $params: importId (null: every return in the data)
SELECT count(*)::INTEGER AS unmatched
FROM returns
WHERE ($importId::INTEGER IS NULL OR import_id = $importId::INTEGER) AND NOT matched;
