-- Committed before the first import writes anything: until it is removed, the stored rows are
-- half of an import (first-import.ts).
-- $params: importId
INSERT INTO first_import_pending VALUES ($importId::INTEGER);
