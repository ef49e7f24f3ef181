-- Every rejected value of every import, for the rejects download (the report lists the first
-- 1,000). Created on first use by the import code, which owns it.
-- $params: none
CREATE TABLE IF NOT EXISTS import_rejects (
  import_id INTEGER NOT NULL,
  line      BIGINT NOT NULL,
  field     VARCHAR NOT NULL,
  value     VARCHAR NOT NULL,
  reason    VARCHAR NOT NULL
);
