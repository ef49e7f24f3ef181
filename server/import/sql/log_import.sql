-- Records the import in the log the Import page lists.
-- $params: importId, kind, source, fileName, mode, startedAt, rowsRead, rowsImported, rowsRejected, isDemo, importedBy
INSERT INTO imports VALUES (
  $importId::INTEGER, $kind, $source, $fileName, $mode, $startedAt::TIMESTAMP, now()::TIMESTAMP,
  $rowsRead::INTEGER, $rowsImported::INTEGER, $rowsRejected::INTEGER, $isDemo::BOOLEAN, $importedBy::VARCHAR
);
