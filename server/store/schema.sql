-- The canonical tables (DESIGN.md "Canonical data model") plus the columns derived at import,
-- so that metrics group one stored table instead of joining returns to order lines per request.

CREATE TABLE IF NOT EXISTS order_lines (
  order_id      VARCHAR NOT NULL,
  sku           VARCHAR NOT NULL,
  line_no       INTEGER NOT NULL,  -- n-th occurrence of this sku in the order: part of the dedup key
  ordered_at    TIMESTAMP NOT NULL,
  customer_id   VARCHAR,
  product_name  VARCHAR,
  category      VARCHAR,
  variant       VARCHAR,
  quantity      INTEGER NOT NULL CHECK (quantity > 0),
  unit_price    DECIMAL(18,4) NOT NULL,
  currency      VARCHAR,
  channel       VARCHAR,
  region        VARCHAR,
  country       VARCHAR,
  carrier       VARCHAR,
  delivered_at  TIMESTAMP,
  -- derived at import
  order_date    DATE NOT NULL,
  order_month   DATE NOT NULL,
  line_value    DECIMAL(18,4) NOT NULL,
  import_id     INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS returns (
  return_id        VARCHAR NOT NULL,
  order_id         VARCHAR NOT NULL,
  sku              VARCHAR NOT NULL,
  quantity         INTEGER NOT NULL CHECK (quantity > 0),
  reason_raw       VARCHAR,
  reason           VARCHAR NOT NULL,
  reason_group     VARCHAR NOT NULL,
  requested_at     TIMESTAMP NOT NULL,
  received_at      TIMESTAMP,
  resolved_at      TIMESTAMP,
  resolution       VARCHAR NOT NULL,
  amount_exported  DECIMAL(18,4),     -- as the source gave it; null when the source had none
  disposition      VARCHAR,
  recovered_value  DECIMAL(18,4),
  shipping_cost    DECIMAL(18,4),
  carrier          VARCHAR,           -- reverse carrier
  -- derived at import
  request_date              DATE NOT NULL,
  request_month             DATE NOT NULL,
  days_request_to_received  DOUBLE,
  days_received_to_resolved DOUBLE,
  days_request_to_resolved  DOUBLE,
  -- copied from the linked order line by every import (see relink_returns.sql); null when unmatched
  matched        BOOLEAN NOT NULL DEFAULT false,
  ordered_at     TIMESTAMP,
  order_date     DATE,
  order_month    DATE,
  customer_id    VARCHAR,
  category       VARCHAR,
  channel        VARCHAR,
  region         VARCHAR,
  order_carrier  VARCHAR,
  unit_price     DECIMAL(18,4),
  returned_value DECIMAL(18,4),       -- quantity × unit_price of the linked line
  amount         DECIMAL(18,4),       -- amount_exported, else returned_value
  import_id      INTEGER NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS import_ids START 1;

CREATE TABLE IF NOT EXISTS imports (
  import_id      INTEGER PRIMARY KEY,
  kind           VARCHAR NOT NULL,
  source         VARCHAR NOT NULL,
  file_name      VARCHAR NOT NULL,
  mode           VARCHAR NOT NULL,
  started_at     TIMESTAMP NOT NULL,
  finished_at    TIMESTAMP NOT NULL,
  rows_read      INTEGER NOT NULL,
  rows_imported  INTEGER NOT NULL,
  rows_rejected  INTEGER NOT NULL,
  is_demo        BOOLEAN NOT NULL DEFAULT false
);

-- The metric filters, written once. Every query in queries/ reads these instead of the tables,
-- so a filter means the same thing on every route.
CREATE OR REPLACE MACRO sales_in_scope(p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku) AS TABLE
  SELECT * FROM order_lines
  WHERE order_date BETWEEN p_from AND p_to
    AND (p_category IS NULL OR category = p_category)
    AND (p_channel IS NULL OR channel = p_channel)
    AND (p_region IS NULL OR region = p_region)
    AND (p_carrier IS NULL OR carrier = p_carrier)
    AND (p_sku IS NULL OR sku = p_sku);

-- basis = 'order': the returns of the lines ordered in the period (unmatched returns have no
-- order date and drop out); basis = 'return': the returns requested in the period.
-- Dimension filters use the linked order line's attributes, so they narrow sales and returns alike;
-- the reason filter narrows returns only.
CREATE OR REPLACE MACRO returns_in_scope(p_basis, p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku, p_reason) AS TABLE
  SELECT *, CASE WHEN p_basis = 'order' THEN order_month ELSE request_month END AS basis_month
  FROM returns
  WHERE (CASE WHEN p_basis = 'order' THEN order_date ELSE request_date END) BETWEEN p_from AND p_to
    AND (p_category IS NULL OR category = p_category)
    AND (p_channel IS NULL OR channel = p_channel)
    AND (p_region IS NULL OR region = p_region)
    AND (p_carrier IS NULL OR order_carrier = p_carrier)
    AND (p_sku IS NULL OR sku = p_sku)
    AND (p_reason IS NULL OR reason = p_reason);

-- Mappings a person confirmed on the Import page, reused for the next file with the same headers.
CREATE TABLE IF NOT EXISTS saved_mappings (
  header_signature VARCHAR PRIMARY KEY,  -- the folded headers of the file, in order
  kind             VARCHAR NOT NULL,
  mapping          JSON NOT NULL,
  format           JSON,
  saved_at         TIMESTAMP NOT NULL
);
