-- Removed in the transaction that logs the first import: from that commit on, its rows are the data.
-- $params: none
DELETE FROM first_import_pending;
