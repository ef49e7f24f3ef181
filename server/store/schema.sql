-- The canonical tables (docs/design.md, "The data model") plus the columns derived at import,
-- so that metrics group one stored table instead of joining returns to order lines per request.
-- Run whenever the database opens: every statement creates only what is missing.
-- $params: none

-- A customer id as a 64-bit integer key (none without an id). Two of 2M customers share a key
-- with a probability of about 1 in 10 million.
CREATE OR REPLACE MACRO customer_hash(customer_id) AS CASE WHEN customer_id IS NOT NULL THEN hash(customer_id) END;

-- Whether a customer text is a placeholder for a sale to nobody in particular, the whole value only,
-- whatever its capitals and accents ("CONSUMIDOR FINAL", "Anónimo"; not "Consumidor Final Gómez"):
-- the default customer of an Argentine B invoice, Mexico's "público en general" and its generic RFCs
-- (XEXX… for a foreign buyer), Spain's "clientes varios", a till's counter or guest, a dash,
-- WooCommerce's guest id 0. Each is every walk-in buyer at once, not one customer: the import reads
-- it as no customer (server/import/values/value-sql.ts), and stored ones are forgotten once
-- (server/store/forget_stored_anonymous_customers.sql). Over ten million rows the length is the one
-- check most values pay: an email or a name is longer than the longest placeholder.
CREATE OR REPLACE MACRO anonymous_customer(customer) AS
  length(customer) <= 18 AND strip_accents(lower(customer)) IN ('consumidor final', 'publico en general', 'publico general',
    'xaxx010101000', 'xexx010101000', 'clientes varios', 'cliente varios', 'cliente contado', 'mostrador', 'cliente mostrador',
    'venta mostrador', 'invitado', 'cliente invitado', 'guest', 'anonimo', 'cliente anonimo', 'anonymous', '-', 'n/a', '0');

-- A return's key when its export gives no return id: its order, SKU and request time. Told apart
-- from a source's own id when an export without ids is matched to stored returns by their request
-- day (server/import/sql/delete_overlapping_returns.sql).
CREATE OR REPLACE MACRO generated_return_id(order_id, sku, requested_at) AS order_id || '|' || sku || '|' || strftime(requested_at, '%Y-%m-%dT%H:%M:%S');

-- Whether two request times of one order line may be one request written in two time zones: a
-- tool's UTC ("2025-03-04T01:30:00Z", read at its wall clock) and the shop's local time
-- ("2025-03-03 22:30" in UTC−3), which put it on neighbouring days. A whole number of quarter hours
-- apart (every UTC offset is), at most 14 hours (the widest). Midnight is a day written alone,
-- matched by its day already. Exports without return ids are matched to stored returns so
-- (server/import/sql/delete_overlapping_returns.sql, delete_withdrawn_returns.sql).
CREATE OR REPLACE MACRO request_in_another_zone(a, b) AS
  a::DATE <> b::DATE AND a <> a::DATE AND b <> b::DATE
  AND abs(date_diff('second', a, b)) <= 14 * 3600 AND date_diff('second', a, b) % 900 = 0;

-- An order id without what a spreadsheet changes in it: the thousands separators of a number shown
-- with them ("1.001", "1,001", "12.345.678": groups of three digits, one separator throughout), else
-- the decimals of a number saved as one ("1002.0"), and leading zeros ("00123"). "10.5" stays as it
-- is: no thousands, no zero decimals. Never a key (123 and 00123 may be two orders): files whose ids
-- agree only so are named in a warning (server/import/sql/*_look_alike*.sql, which loosen only the
-- ids with something to drop: order_id_may_loosen below).
CREATE OR REPLACE MACRO loose_order_id(order_id) AS regexp_replace(
  CASE
    WHEN regexp_full_match(order_id, '[0-9]{1,3}(\.[0-9]{3})+|[0-9]{1,3}(,[0-9]{3})+') THEN replace(replace(order_id, '.', ''), ',', '')
    ELSE regexp_replace(order_id, '\.0+$', '')
  END,
  '^0+([0-9])', '\1');
-- Whether loose_order_id may change an id: it starts with 0, ends in .0, or in a separator and three
-- characters. Any other id loosens to itself, so the look-alike queries loosen only these.
CREATE OR REPLACE MACRO order_id_may_loosen(order_id) AS
  order_id LIKE '0%' OR order_id LIKE '%.0' OR order_id LIKE '%_.___' OR order_id LIKE '%_,___';

-- Whether an import's normalised row was left out for this reason (its `problems`, a list of
-- {field, value, reason}; NULL for a row that passed every check): the rows an import sets aside
-- as no sale or no return, to name them and to take them out of what earlier imports stored.
CREATE OR REPLACE MACRO has_problem(problems, reason) AS problems IS NOT NULL AND list_contains(list_transform(problems, p -> p.reason), reason);

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

-- The n-th row of the same (return_id, sku) in its file, part of a return line's key as line_no is
-- of an order line's: a return of several lines, or several rows of one SKU, keeps every row.
-- Added with ALTER so that databases created before it get it too, each of their returns the first.
ALTER TABLE returns ADD COLUMN IF NOT EXISTS line_no INTEGER DEFAULT 1;

-- Derived per return by every import (server/store/derived/returns.sql), beside the copied
-- order-line attributes above. Added with ALTER so that databases created before them get them too.
-- Stage durations in whole seconds: quantiles over integers are several times faster than over
-- doubles, and the timestamps carry seconds, so nothing is lost; metrics divide by 86,400.
ALTER TABLE returns ADD COLUMN IF NOT EXISTS seconds_request_to_received INTEGER;
ALTER TABLE returns ADD COLUMN IF NOT EXISTS seconds_received_to_resolved INTEGER;
ALTER TABLE returns ADD COLUMN IF NOT EXISTS seconds_request_to_resolved INTEGER;
-- How many return lines the order has: an order with one return line is counted without a
-- DISTINCT, so "orders with a return" only de-duplicates the few orders with several.
ALTER TABLE returns ADD COLUMN IF NOT EXISTS order_return_lines INTEGER;
-- customer_hash(customer_id): per-customer questions group and join 64-bit integers, about twice
-- as fast as text.
ALTER TABLE returns ADD COLUMN IF NOT EXISTS customer_hash UBIGINT;
-- The customer's first order with a positive value placed after this return was requested.
ALTER TABLE returns ADD COLUMN IF NOT EXISTS next_order_at TIMESTAMP;
-- The linked order line's delivery: the return window runs from it (the policy simulator).
ALTER TABLE returns ADD COLUMN IF NOT EXISTS delivered_at TIMESTAMP;
-- Copied from its order, for "who returns most of what they buy?": the customer's orders just
-- before and after it, and its units on the order's first return (by return_id) only, 0 on the
-- others, so that summed over a customer's returns they count each order at most once. All three
-- are NULL, unknown, when the return's line disagrees with its order's row on customer or time
-- (derived/returns.sql). They rule out most returners before their orders are counted
-- (queries/serial_returners.sql).
ALTER TABLE returns ADD COLUMN IF NOT EXISTS previous_order_at TIMESTAMP;
ALTER TABLE returns ADD COLUMN IF NOT EXISTS following_order_at TIMESTAMP;
ALTER TABLE returns ADD COLUMN IF NOT EXISTS order_units_once INTEGER;
-- How many returns the customer has in all the data (NULL without a customer): of the bench's 755k
-- customers who return at 10M order lines, 552k return once, and a customer's only return needs no
-- grouping to be their first, or their total, in any scope (queries/repeat_purchase.sql and
-- serial_returners.sql). Counted again over every customer after each refresh links returns
-- (derived/customer_returns.sql).
ALTER TABLE returns ADD COLUMN IF NOT EXISTS customer_returns INTEGER;

CREATE SEQUENCE IF NOT EXISTS import_ids START 1;

-- The first import into an empty database while it writes (server/store/first-import.ts): it
-- commits step by step rather than in one transaction, and this row, removed in the step that logs
-- the import, says that what is stored is half of it. Whoever opens the database finds it and
-- empties the data again.
CREATE TABLE IF NOT EXISTS first_import_pending (
  import_id INTEGER NOT NULL
);

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

-- ---------------------------------------------------------------------------------------------
-- Derived tables. Each import brings them up to date inside its transaction
-- (server/store/refresh-derived.ts), so readers never see them out of step. They exist because at
-- 10M order lines a DISTINCT over orders or a GROUP BY over customers costs seconds, while the
-- same question over these costs milliseconds. An import derives again only what it touched: the
-- order months whose lines changed, the customers with orders in them, and the returns of both.

-- One row per order. An order's date, channel, region and carrier are those of its lines (every
-- export repeats them on each line; should a file disagree with itself, one of them is kept).
CREATE TABLE IF NOT EXISTS orders (
  order_id      VARCHAR NOT NULL,
  customer_hash UBIGINT,            -- customer_hash(customer_id), as on returns
  ordered_at    TIMESTAMP NOT NULL,
  order_date    DATE NOT NULL,
  order_month   DATE NOT NULL,
  channel       VARCHAR,
  region        VARCHAR,
  carrier       VARCHAR,
  units_sold    INTEGER NOT NULL,
  gross_sales   DECIMAL(18,4) NOT NULL,
  -- the same customer's next order with a positive value, placed strictly later
  next_order_at TIMESTAMP
);
-- for databases that got the first shape of this table
ALTER TABLE orders ADD COLUMN IF NOT EXISTS customer_hash UBIGINT;
-- every question about a customer groups the hash; the text, unread, cost a tenth of the orders'
-- derivation at 10M lines (writing 5M strings)
ALTER TABLE orders DROP COLUMN IF EXISTS customer_id;
-- the same customer's order before (at the same second, one of the two comes first)
ALTER TABLE orders ADD COLUMN IF NOT EXISTS previous_order_at TIMESTAMP;
-- and the one after, of any value (when neither is in a period, the period holds no other order of the customer)
ALTER TABLE orders ADD COLUMN IF NOT EXISTS following_order_at TIMESTAMP;
-- the categories of its lines as bits (category_bit below), so a question about a category finds
-- its orders without joining ten million lines; a list of the names it replaced cost half the
-- orders' derivation at 10M lines
ALTER TABLE orders ADD COLUMN IF NOT EXISTS category_bits UBIGINT;
ALTER TABLE orders DROP COLUMN IF EXISTS categories;

-- Sales per day × category × channel × region × outbound carrier (~1M rows at 10M lines).
-- `orders` counts the orders with at least one line of the cell's category, so it adds up across
-- days, channels, regions and carriers, but not across categories (see order_counts below).
CREATE TABLE IF NOT EXISTS sales_daily (
  order_date        DATE NOT NULL,
  order_month       DATE NOT NULL,
  category          VARCHAR,
  channel           VARCHAR,
  region            VARCHAR,
  carrier           VARCHAR,
  lines             INTEGER NOT NULL,
  units_sold        INTEGER NOT NULL,
  gross_sales       DECIMAL(18,4) NOT NULL,
  orders            INTEGER NOT NULL,
  last_ordered_at   TIMESTAMP NOT NULL,
  -- when the return window of the cell's last line opens: its delivery, else its order
  last_window_start TIMESTAMP NOT NULL
);

-- Orders per day × channel × region × outbound carrier: the order count when no category or SKU
-- narrows the question.
CREATE TABLE IF NOT EXISTS orders_daily (
  order_date  DATE NOT NULL,
  order_month DATE NOT NULL,
  channel     VARCHAR,
  region      VARCHAR,
  carrier     VARCHAR,
  orders      INTEGER NOT NULL
);

-- The same two summed by month, for the whole months of a period (~44,000 and ~10,000 rows at 10M
-- lines): an order lies in one day, so the monthly order counts are the sums of the daily ones.
CREATE TABLE IF NOT EXISTS sales_monthly (
  order_month       DATE NOT NULL,
  category          VARCHAR,
  channel           VARCHAR,
  region            VARCHAR,
  carrier           VARCHAR,
  lines             INTEGER NOT NULL,
  units_sold        INTEGER NOT NULL,
  gross_sales       DECIMAL(18,4) NOT NULL,
  orders            INTEGER NOT NULL,
  last_ordered_at   TIMESTAMP NOT NULL,
  last_window_start TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS orders_monthly (
  order_month DATE NOT NULL,
  channel     VARCHAR,
  region      VARCHAR,
  carrier     VARCHAR,
  orders      INTEGER NOT NULL
);

-- The orders of known customers per day × the day of the customer's order before (NULL: their
-- first): how many customers ordered in a period is the count of its orders whose previous one is
-- older than the period (~250,000 rows at 10M lines, against 5M orders). Derived whole at every
-- refresh: a new order moves the previous day of its customer's next one, in any month.
CREATE TABLE IF NOT EXISTS orders_by_previous_day (
  order_date          DATE NOT NULL,
  previous_order_date DATE,
  orders              INTEGER NOT NULL
);

-- Sales per month × SKU × category × channel × region × carrier, for questions about SKUs. The
-- days of a period's partial months come from order_lines (see day_cells). `orders` counts
-- the orders with the cell's SKU: each order has one line numbered 1 per SKU.
CREATE TABLE IF NOT EXISTS sales_monthly_sku (
  order_month       DATE NOT NULL,
  sku               VARCHAR NOT NULL,
  category          VARCHAR,
  channel           VARCHAR,
  region            VARCHAR,
  carrier           VARCHAR,
  lines             INTEGER NOT NULL,
  units_sold        INTEGER NOT NULL,
  gross_sales       DECIMAL(18,4) NOT NULL,
  orders            INTEGER NOT NULL,
  last_ordered_at   TIMESTAMP NOT NULL,
  last_window_start TIMESTAMP NOT NULL
);

-- The return curve's counts (docs/metrics.md, "The return curve"): the returns of each order month
-- (cohort) × category × reverse carrier, by whole days from the order to the request. Tens of
-- thousands of rows at 1.5M returns, rebuilt whole by every import (a group-by over one table), so
-- that the nowcast and the forecast read the curve without scanning returns.
CREATE TABLE IF NOT EXISTS return_curve (
  order_month      DATE NOT NULL,
  category         VARCHAR,
  carrier          VARCHAR,            -- reverse carrier
  days_after_order INTEGER NOT NULL,   -- whole days from the order to the request, 0 at the least
  returns          INTEGER NOT NULL,   -- every request, rejected ones too: the warehouse receives them
  units            INTEGER NOT NULL,
  accepted_units   INTEGER NOT NULL,   -- the units the return rates count (not rejected)
  accepted_value   DECIMAL(18,4) NOT NULL
);

-- Facts about the whole data set, read by every request: one row (none while empty).
CREATE TABLE IF NOT EXISTS data_facts (
  first_date     DATE,
  last_timestamp TIMESTAMP,  -- the latest timestamp imported: what maturity and ages are judged against
  currency       VARCHAR,
  -- how long customers take to ask for a return: the 95th percentile of order → request seconds
  learnt_window_seconds DOUBLE,
  learnt_window_returns INTEGER
);
-- Where the orders and the returns each end (server/metrics/data-ends.ts). Added with ALTER so that
-- databases created before them get them too, filled by their next refresh.
ALTER TABLE data_facts ADD COLUMN IF NOT EXISTS orders_end TIMESTAMP;
ALTER TABLE data_facts ADD COLUMN IF NOT EXISTS returns_end TIMESTAMP;
-- The last day anything was ordered: a period that begins after it holds no sales to compare
-- (a delivery or a refund may come later, and the latest timestamp with it).
ALTER TABLE data_facts ADD COLUMN IF NOT EXISTS last_order_date DATE;
-- Every currency the order lines are in: figures add amounts whatever their currency, so a second
-- one is said on every page and at the import that brought it.
ALTER TABLE data_facts ADD COLUMN IF NOT EXISTS currencies VARCHAR[];

-- Which derived SQL made the derived data the database holds (a hash of server/store/derived/):
-- a server whose derived SQL differs rebuilds it once.
CREATE TABLE IF NOT EXISTS derived_state (
  version      INTEGER NOT NULL,
  refreshed_at TIMESTAMP NOT NULL
);

-- Each order month's lines as the derived tables last saw them: their count and the sum of their
-- import ids. Import ids only grow, so an import that adds, replaces or removes lines of a month
-- changes its fingerprint, and the refresh derives again only the months whose fingerprint moved.
CREATE TABLE IF NOT EXISTS order_month_fingerprints (
  order_month DATE NOT NULL,
  fingerprint VARCHAR NOT NULL
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
-- p_requested_by (NULL: every return) counts the period as it stood at that moment: only the
-- returns requested by then, and of those only what had happened by then: a receipt or a
-- resolution after it had not (its stage times are not yet known; a return resolved later was
-- still pending, even one later rejected; one whose outcome the file does not give stays unknown;
-- goods received or settled after it had recovered nothing).
-- A comparison period is counted so at the same age as
-- the current one (docs/metrics.md, "Comparing periods"): set against today's, its later receipts
-- and refunds read as a slower, costlier current period.
CREATE OR REPLACE MACRO returns_in_scope(p_basis, p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku, p_reason, p_requested_by) AS TABLE
  SELECT * REPLACE (
      CASE WHEN p_requested_by IS NULL OR received_at <= p_requested_by THEN received_at END AS received_at,
      CASE WHEN p_requested_by IS NULL OR resolved_at <= p_requested_by THEN resolved_at END AS resolved_at,
      CASE WHEN p_requested_by IS NULL OR received_at <= p_requested_by THEN days_request_to_received END AS days_request_to_received,
      CASE WHEN p_requested_by IS NULL OR received_at <= p_requested_by THEN seconds_request_to_received END AS seconds_request_to_received,
      CASE WHEN p_requested_by IS NULL OR resolved_at <= p_requested_by THEN days_received_to_resolved END AS days_received_to_resolved,
      CASE WHEN p_requested_by IS NULL OR resolved_at <= p_requested_by THEN seconds_received_to_resolved END AS seconds_received_to_resolved,
      CASE WHEN p_requested_by IS NULL OR resolved_at <= p_requested_by THEN days_request_to_resolved END AS days_request_to_resolved,
      CASE WHEN p_requested_by IS NULL OR resolved_at <= p_requested_by THEN seconds_request_to_resolved END AS seconds_request_to_resolved,
      CASE WHEN p_requested_by IS NOT NULL AND resolved_at > p_requested_by AND resolution <> 'unknown' THEN 'pending' ELSE resolution END AS resolution,
      -- goods are recovered once back: a parcel still on its way, or a return not yet settled, had recovered nothing
      CASE WHEN p_requested_by IS NOT NULL AND (received_at > p_requested_by OR resolved_at > p_requested_by) THEN NULL ELSE disposition END AS disposition,
      CASE WHEN p_requested_by IS NOT NULL AND (received_at > p_requested_by OR resolved_at > p_requested_by) THEN NULL ELSE recovered_value END AS recovered_value
    ), CASE WHEN p_basis = 'order' THEN order_month ELSE request_month END AS basis_month
  FROM returns
  WHERE (CASE WHEN p_basis = 'order' THEN order_date ELSE request_date END) BETWEEN p_from AND p_to
    AND (p_category IS NULL OR category = p_category)
    AND (p_channel IS NULL OR channel = p_channel)
    AND (p_region IS NULL OR region = p_region)
    AND (p_carrier IS NULL OR order_carrier = p_carrier)
    AND (p_sku IS NULL OR sku = p_sku)
    AND (p_reason IS NULL OR reason = p_reason)
    AND (p_requested_by IS NULL OR requested_at <= p_requested_by);

-- A return still open: pending and never resolved (docs/metrics.md, "Open returns"). A pending row
-- with a resolution date was resolved, its outcome not given (an export with a refund amount and no
-- resolution column reads a row without an amount as pending: an exchange closed with no money
-- back): it is in no open return, it has its SLA verdict, and it holds no month's resolutions open.
-- Read on returns_in_scope, where a return resolved after p_requested_by is still open.
CREATE OR REPLACE MACRO still_open(resolution, resolved_at) AS resolution = 'pending' AND resolved_at IS NULL;

-- The cause finder's stratum of a basis month (queries/causes_cells.sql): each month still
-- collecting returns on its own, the settled months before p_open_from together (all of them when
-- it is NULL). Months of one stratum are equally complete, so their counts compare like for like.
CREATE OR REPLACE MACRO return_age_stratum(month, p_open_from) AS
  CASE WHEN month >= p_open_from THEN strftime(month, '%Y-%m-01') ELSE 'settled' END;

-- The dimension filters on one row's attributes (NULL: any value).
CREATE OR REPLACE MACRO matches_filters(category, channel, region, carrier, p_category, p_channel, p_region, p_carrier) AS
  (p_category IS NULL OR category = p_category)
  AND (p_channel IS NULL OR channel = p_channel)
  AND (p_region IS NULL OR region = p_region)
  AND (p_carrier IS NULL OR carrier = p_carrier);

-- Neither the customer's order before this one nor the one after falls in [p_from, p_to]: the
-- period holds no other order of theirs (queries/serial_returners.sql). Timestamps against the
-- period's bounds: casting each to a date costs more.
CREATE OR REPLACE MACRO no_other_order_in_period(previous_order_at, following_order_at, p_from, p_to) AS
  (previous_order_at IS NULL OR previous_order_at < p_from::TIMESTAMP)
  AND (following_order_at IS NULL OR following_order_at >= (p_to + 1)::TIMESTAMP);

-- The whole months inside a period run from first_full_month(from) up to, not including,
-- after_last_full_month(to); the days outside them are the period's partial months.
CREATE OR REPLACE MACRO first_full_month(d) AS
  CASE WHEN day(d) = 1 THEN d ELSE (date_trunc('month', d) + INTERVAL 1 MONTH)::DATE END;
CREATE OR REPLACE MACRO after_last_full_month(d) AS date_trunc('month', d + 1)::DATE;

-- Sales cells of the days from p_first_day to p_last_day, the part of a partial month a period
-- holds: from the daily rollup, or, for a question about SKUs, from the lines themselves. One date
-- range per call: DuckDB skips the stored row groups outside a plain range, not outside an OR.
CREATE OR REPLACE MACRO day_cells(p_first_day, p_last_day, p_category, p_channel, p_region, p_carrier, p_sku, p_by_sku) AS TABLE
  SELECT order_date, order_month, NULL::VARCHAR AS sku, category, channel, region, carrier,
         lines, units_sold, gross_sales, orders, last_ordered_at, last_window_start
  FROM sales_daily
  WHERE p_sku IS NULL AND NOT p_by_sku
    AND order_date BETWEEN p_first_day AND p_last_day
    AND matches_filters(category, channel, region, carrier, p_category, p_channel, p_region, p_carrier)
  UNION ALL
  SELECT order_date, order_month, sku, category, channel, region, carrier,
         1, quantity, line_value, (line_no = 1)::INTEGER, ordered_at, coalesce(delivered_at, ordered_at)
  FROM order_lines
  WHERE (p_sku IS NOT NULL OR p_by_sku)
    AND order_date BETWEEN p_first_day AND p_last_day
    AND (p_sku IS NULL OR sku = p_sku)
    AND matches_filters(category, channel, region, carrier, p_category, p_channel, p_region, p_carrier);

-- Sales cells of the whole months from p_first_month up to, not including, p_end_month: from the
-- monthly rollup, or the monthly SKU rollup for a question about SKUs.
CREATE OR REPLACE MACRO month_cells(p_first_month, p_end_month, p_category, p_channel, p_region, p_carrier, p_sku, p_by_sku) AS TABLE
  SELECT NULL::DATE AS order_date, order_month, NULL::VARCHAR AS sku, category, channel, region, carrier,
         lines, units_sold, gross_sales, orders, last_ordered_at, last_window_start
  FROM sales_monthly
  WHERE p_sku IS NULL AND NOT p_by_sku
    AND order_month >= p_first_month AND order_month < p_end_month
    AND matches_filters(category, channel, region, carrier, p_category, p_channel, p_region, p_carrier)
  UNION ALL
  SELECT NULL::DATE, order_month, sku, category, channel, region, carrier,
         lines, units_sold, gross_sales, orders, last_ordered_at, last_window_start
  FROM sales_monthly_sku
  WHERE (p_sku IS NOT NULL OR p_by_sku)
    AND order_month >= p_first_month AND order_month < p_end_month
    AND (p_sku IS NULL OR sku = p_sku)
    AND matches_filters(category, channel, region, carrier, p_category, p_channel, p_region, p_carrier);

-- Sales in scope, pre-aggregated: what sales_in_scope selects, summed into cells read from the
-- rollups instead of 10M lines: the period's whole months from a monthly rollup, the days of its
-- partial months at either end from the daily one (or from the lines, for SKUs). Every branch's
-- condition holds only bound values, so DuckDB drops the branches not taken before reading anything.
-- p_by_sku asks for SKU cells even without a sku filter, for an answer per SKU.
CREATE OR REPLACE MACRO sales_cells(p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku, p_by_sku) AS TABLE
  SELECT * FROM month_cells(first_full_month(p_from), after_last_full_month(p_to),
                            p_category, p_channel, p_region, p_carrier, p_sku, p_by_sku)
  UNION ALL
  SELECT * FROM day_cells(p_from, least(first_full_month(p_from), p_to + 1) - 1,
                          p_category, p_channel, p_region, p_carrier, p_sku, p_by_sku)
  UNION ALL
  SELECT * FROM day_cells(greatest(after_last_full_month(p_to), first_full_month(p_from)), p_to,
                          p_category, p_channel, p_region, p_carrier, p_sku, p_by_sku);

-- Whether the accepted returns in scope carry each input of the value figures. A figure none of
-- them has an input for is unknown, not 0: a file with only a returned flag says nothing of
-- refunds (docs/metrics.md, "Figures the data cannot give"). With no accepted return, 0 is exact.
-- The summary and the trend both judge it over their whole period, so that months add up.
CREATE OR REPLACE MACRO value_inputs_known(p_basis, p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku, p_reason, p_requested_by) AS TABLE
  SELECT
    count(*) = 0 OR bool_or(resolution <> 'unknown') AS resolution,
    count(*) = 0 OR count(recovered_value) > 0 AS recovered_value,
    count(*) = 0 OR count(shipping_cost) > 0 AS shipping_cost
  FROM returns_in_scope(p_basis, p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku, p_reason, p_requested_by)
  WHERE resolution <> 'rejected';

-- What came back per basis month: the returns in scope summed per resolution (a few rows per month,
-- which the figures then read instead of a million returns), then the figures the reports show.
-- A rejected return is counted as a return, but nothing came back and nothing was paid: it stays
-- out of every rate and value. `single_line_orders` counts the orders with one return line, which
-- need no DISTINCT; the orders with several are de-duplicated by the query that needs them.
CREATE OR REPLACE MACRO returned_by_month(p_basis, p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku, p_reason, p_requested_by) AS TABLE
  WITH by_resolution AS (
    SELECT
      basis_month, resolution,
      count(*) AS returns,
      count(*) FILTER (order_return_lines = 1) AS single_line_orders,
      sum(quantity) AS units,
      sum(returned_value) AS returned_value,
      sum(amount) AS amount,
      sum(recovered_value) AS recovered_value,
      sum(shipping_cost) AS shipping_cost
    FROM returns_in_scope(p_basis, p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku, p_reason, p_requested_by)
    GROUP BY ALL
  )
  SELECT
    basis_month AS month,
    sum(returns) AS returns,
    coalesce(sum(single_line_orders) FILTER (resolution <> 'rejected'), 0) AS single_line_orders,
    coalesce(sum(units) FILTER (resolution <> 'rejected'), 0) AS units_returned,
    coalesce(sum(returned_value) FILTER (resolution <> 'rejected'), 0) AS returned_value,
    coalesce(sum(amount) FILTER (resolution = 'refund'), 0) AS refunded_value,
    coalesce(sum(amount) FILTER (resolution = 'exchange'), 0) AS exchanged_value,
    coalesce(sum(amount) FILTER (resolution = 'store_credit'), 0) AS store_credit_value,
    coalesce(sum(recovered_value) FILTER (resolution <> 'rejected'), 0) AS recovered_value,
    coalesce(sum(shipping_cost) FILTER (resolution <> 'rejected'), 0) AS return_shipping_cost
  FROM by_resolution
  GROUP BY basis_month;

-- Calendar days from a return's delivery (its order's, where the export has no delivery date) to
-- its request, as a shop states its window: delivered on 1 March, a 30-day window takes requests up
-- to 31 March. A request dated before the delivery (a delivery recorded late) is on day 0. The
-- policy simulator's window and its curve both count so (docs/metrics.md, "Return policy simulator").
-- A return whose order is not in the data has no day to count from: null, never day 0 (greatest
-- would turn the missing day into 0).
CREATE OR REPLACE MACRO days_after_delivery(delivered_at, ordered_at, requested_at) AS
  CASE WHEN coalesce(delivered_at, ordered_at) IS NOT NULL
       THEN greatest(date_diff('day', coalesce(delivered_at, ordered_at)::DATE, requested_at::DATE), 0) END;

-- When a basis month's figures become final (docs/metrics.md "Maturity"), for every route that
-- marks provisional months. An order month is final once the return window of its last line has
-- closed: the policy window after its delivery (or its order, undelivered), and the learnt window
-- after its order, whichever ends later. A month without sales counts from its last day. A request
-- month is final once over: it cannot gain requests later.
CREATE OR REPLACE MACRO month_window_closes_at(p_basis, p_month, p_last_window_start, p_last_ordered_at, p_window_days, p_learnt_window_days) AS
  CASE WHEN p_basis = 'order' THEN greatest(
         coalesce(p_last_window_start, p_month + INTERVAL 1 MONTH) + to_days(p_window_days::INTEGER),
         coalesce(p_last_ordered_at, p_month + INTERVAL 1 MONTH) + to_seconds(round(coalesce(p_learnt_window_days::DOUBLE, 0) * 86400)::BIGINT))
       ELSE p_month + INTERVAL 1 MONTH END;

-- How long each stage of a return takes, learnt at a moment: the 95th percentile of its duration
-- over every return of the data that had finished it by p_as_of (`as_of`; none unless p_learn). The trend
-- judges by it whether a month's resolutions are settled (month_resolutions_settled), and cycle
-- times by group time only the returns old enough to have finished a stage (queries/cycle_times.sql).
CREATE OR REPLACE MACRO learnt_stage_windows(p_as_of, p_learn) AS TABLE
  SELECT
    p_as_of AS as_of,
    quantile_cont(seconds_request_to_received, 0.95) FILTER (received_at <= p_as_of) AS request_to_received,
    quantile_cont(seconds_received_to_resolved, 0.95) FILTER (resolved_at <= p_as_of) AS received_to_resolved,
    quantile_cont(seconds_request_to_resolved, 0.95) FILTER (resolved_at <= p_as_of) AS request_to_resolved
  FROM returns
  WHERE p_learn;

-- Whether a basis month's resolution-based figures (cycle times, refunded, retained, recovered
-- value, net cost, the SLA) are final (docs/metrics.md "Maturity"): once its requests are
-- (month_window_closes_at) and none of its returns still open at p_as_of (still_open) is younger
-- than the learnt resolution window (the 95th percentile of request → resolution over the returns
-- resolved by then). Requests all in say nothing of resolutions: a month whose slow refunds are still to
-- come reads fast and little refunded. A return pending longer than 95 % of resolved ones took is
-- stuck (the SLA's open late), not a figure about to arrive: it must not hold its month open for
-- ever. With no resolved return to learn from, any pending return holds its month open.
CREATE OR REPLACE MACRO month_resolutions_settled(p_requests_settled, p_last_pending_requested_at, p_resolution_window_seconds, p_as_of) AS
  coalesce(p_requests_settled AND (p_last_pending_requested_at IS NULL
    OR p_last_pending_requested_at + to_seconds(round(p_resolution_window_seconds::DOUBLE)::BIGINT) < p_as_of), false);

-- Orders in scope by month, counted exactly without a DISTINCT over millions of ids: whole orders
-- when nothing narrows to part of an order (monthly rollup for whole months, the small daily one
-- for the rest); otherwise the orders with a line of the category, or of the SKU (sales_cells).
CREATE OR REPLACE MACRO order_counts(p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku) AS TABLE
  SELECT order_month, orders FROM orders_monthly
  WHERE p_category IS NULL AND p_sku IS NULL
    AND order_month >= first_full_month(p_from) AND order_month < after_last_full_month(p_to)
    AND matches_filters(NULL, channel, region, carrier, NULL, p_channel, p_region, p_carrier)
  UNION ALL
  SELECT order_month, orders FROM orders_daily
  WHERE p_category IS NULL AND p_sku IS NULL
    AND order_date BETWEEN p_from AND p_to
    AND NOT (order_month >= first_full_month(p_from) AND order_month < after_last_full_month(p_to))
    AND matches_filters(NULL, channel, region, carrier, NULL, p_channel, p_region, p_carrier)
  UNION ALL
  SELECT order_month, orders FROM sales_cells(p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku, false)
  WHERE p_category IS NOT NULL OR p_sku IS NOT NULL;

-- A category's bit among an order's category_bits: one of 64, from a hash of its name; a blank
-- category has none (hash(NULL) is a number like any other's). The bit speaks for the category
-- only where no other category of the data shares it (category_bit_alone); else an order with the
-- other category would pass for one with it. (The derived data is rebuilt when DuckDB's version or
-- this file changes, so the bits stored and the bits asked for come from the same hash().)
CREATE OR REPLACE MACRO category_bit(category) AS CASE WHEN category IS NOT NULL THEN 1::UBIGINT << (hash(category) % 64)::INTEGER END;
CREATE OR REPLACE MACRO category_bit_alone(p_category) AS
  NOT EXISTS (SELECT 1 FROM sales_monthly WHERE category <> p_category AND category_bit(category) = category_bit(p_category));

-- Which of a customer's returns came first: the earliest request and, of two asked for in the same
-- second, the one resolved first in this order, both in one integer whose last three bits are the
-- resolution (queries/repeat_purchase.sql reads it back as `% 8`).
CREATE OR REPLACE MACRO first_return_key(requested_at, resolution) AS
  epoch_us(requested_at) * 8 + CASE resolution WHEN 'refund' THEN 0 WHEN 'exchange' THEN 1
    WHEN 'store_credit' THEN 2 WHEN 'rejected' THEN 3 WHEN 'pending' THEN 4 ELSE 5 END;

-- Each customer's first order in scope in the period, with the customer's next purchase after it.
-- Without a filter, an order is its customer's first in the period when the one before it is older
-- than the period: a scan, not a grouping of millions of orders by customer. A filter can skip a
-- customer's orders, so then the orders in scope are grouped by customer. A customer's next
-- purchase never comes earlier for a later order (it is the first one after the order), so the
-- first order's is the least of them: min(), cheaper than arg_min(). An order is in a category's
-- scope when one of its lines is (its `category_bits`, where the category's bit is its own), so a
-- category is one more filter on orders; its time and channel are its lines' (the orders table
-- assumes they agree). For a SKU, or a category whose bit another shares, the lines are grouped by
-- customer straight away, and the next purchase is looked up for the first orders only.
CREATE OR REPLACE MACRO first_orders_in_scope(p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku) AS TABLE
  SELECT customer_hash, ordered_at AS since, next_order_at
  FROM orders
  WHERE coalesce(p_category, p_channel, p_region, p_carrier, p_sku) IS NULL
    AND customer_hash IS NOT NULL
    AND order_date BETWEEN p_from AND p_to
    AND (previous_order_at IS NULL OR previous_order_at < p_from)
  UNION ALL
  SELECT customer_hash, min(ordered_at), min(next_order_at)
  FROM orders
  WHERE p_sku IS NULL AND coalesce(p_category, p_channel, p_region, p_carrier) IS NOT NULL
    AND (p_category IS NULL OR category_bit_alone(p_category))
    AND customer_hash IS NOT NULL
    AND order_date BETWEEN p_from AND p_to
    AND (p_category IS NULL OR category_bits & category_bit(p_category) <> 0)
    AND matches_filters(NULL, channel, region, carrier, NULL, p_channel, p_region, p_carrier)
  GROUP BY customer_hash
  UNION ALL
  SELECT f.customer_hash, f.since, o.next_order_at
  FROM (
    SELECT customer_hash(customer_id) AS customer_hash, min(ordered_at) AS since, arg_min(order_id, ordered_at) AS order_id
    FROM sales_in_scope(p_from, p_to, p_category, p_channel, p_region, p_carrier, p_sku)
    WHERE (p_sku IS NOT NULL OR (p_category IS NOT NULL AND NOT category_bit_alone(p_category))) AND customer_id IS NOT NULL
    GROUP BY customer_hash(customer_id)
  ) AS f
  -- the period again, so that only its part of the orders table is read
  JOIN (SELECT order_id, next_order_at FROM orders WHERE order_date BETWEEN p_from AND p_to) AS o USING (order_id);

-- A cycle-time stage from its durations in seconds: the continuous quantiles of docs/metrics.md
-- ("How fast": linear between the two nearest values), the mean, and n, the returns with both
-- timestamps. stage_days turns that into fractional days; a stage with n = 0 has null statistics.
CREATE OR REPLACE MACRO stage_seconds(seconds) AS
  {'q': quantile_cont(seconds, [0.5, 0.9, 0.95]), 'mean': avg(seconds), 'n': count(seconds)};
CREATE OR REPLACE MACRO stage_days(stage) AS {
  'p50': (stage.q[1] / 86400)::DOUBLE, 'p90': (stage.q[2] / 86400)::DOUBLE, 'p95': (stage.q[3] / 86400)::DOUBLE,
  'mean': (stage.mean / 86400)::DOUBLE, 'n': stage.n::INTEGER
};

-- Mappings a person confirmed on the Import page, reused for the next file with the same headers.
CREATE TABLE IF NOT EXISTS saved_mappings (
  header_signature VARCHAR PRIMARY KEY,  -- the folded headers of the file, in order
  kind             VARCHAR NOT NULL,
  mapping          JSON NOT NULL,
  format           JSON,
  saved_at         TIMESTAMP NOT NULL
);

-- The user's copy of the outside benchmarks (data/benchmarks/published-benchmarks.json is the
-- published table, versioned with the code): an entry edited here replaces the published one with
-- the same id until it is reset; an added one lives only here. Every entry names its source
-- (server/benchmarks/benchmark-entry.ts checks it before it is saved).
CREATE TABLE IF NOT EXISTS benchmark_overrides (
  benchmark_id VARCHAR PRIMARY KEY,
  origin       VARCHAR NOT NULL CHECK (origin IN ('edited', 'added')),
  entry        JSON NOT NULL,
  saved_at     TIMESTAMP NOT NULL
);

-- ---------------------------------------------------------------------------------------------
-- Team mode (server/auth/): the people who sign in, their sessions, and the audit trail of every
-- change. Times are UTC wall clock, bound by the server.

CREATE TABLE IF NOT EXISTS users (
  name          VARCHAR PRIMARY KEY,
  role          VARCHAR NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  password_hash VARCHAR NOT NULL,   -- scrypt$N$r$p$salt$hash (server/auth/passwords.ts)
  disabled      BOOLEAN NOT NULL DEFAULT false,
  created_at    TIMESTAMP NOT NULL
);

-- A session is known by the SHA-256 of its cookie, never the cookie itself: a copy of the database
-- (a backup) signs nobody in.
CREATE TABLE IF NOT EXISTS sessions (
  token_hash  VARCHAR PRIMARY KEY,
  user_name   VARCHAR NOT NULL,
  created_at  TIMESTAMP NOT NULL,
  expires_at  TIMESTAMP NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS audit_ids START 1;

CREATE TABLE IF NOT EXISTS audit (
  audit_id      BIGINT PRIMARY KEY DEFAULT nextval('audit_ids'),
  recorded_at   TIMESTAMP NOT NULL,
  who           VARCHAR,            -- a user name, "token", "cli:<os user>"; null outside team mode
  from_address  VARCHAR,
  action        VARCHAR NOT NULL,
  details       JSON
);

-- Who imported each file: the Import page's history shows it (null before team mode, or outside it).
ALTER TABLE imports ADD COLUMN IF NOT EXISTS imported_by VARCHAR;

-- The monthly reviews the schedule sent (server/report/review-schedule.ts): one row per calendar
-- month whose first working day it was due in, so that a restart does not send it again.
CREATE TABLE IF NOT EXISTS review_deliveries (
  occasion     VARCHAR PRIMARY KEY,  -- YYYY-MM: the month the sending was due in
  review_month VARCHAR NOT NULL,     -- YYYY-MM: the month reviewed
  sent         BOOLEAN NOT NULL,     -- false: that month's review had gone out already, nothing was sent
  recorded_at  TIMESTAMP NOT NULL,   -- UTC
  outcomes     JSON                  -- per channel, as the sender answered
);

-- ---------------------------------------------------------------------------------------------
-- Alerts (server/alerts/): the rules a team sets, the episodes each has fired (a condition that
-- holds opens one and fires once; it must stop holding for the episode to close), and the in-app
-- inbox. Wall-clock times are UTC, bound by the server; `*_as_of` is the data's latest timestamp,
-- what every check is judged on.

CREATE SEQUENCE IF NOT EXISTS alert_rule_ids START 1;

CREATE TABLE IF NOT EXISTS alert_rules (
  rule_id     BIGINT PRIMARY KEY DEFAULT nextval('alert_rule_ids'),
  definition  JSON NOT NULL,      -- name, kind, enabled, channels and the kind's settings (server/alerts/alert-rules.ts)
  created_at  TIMESTAMP NOT NULL,
  updated_at  TIMESTAMP NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS alert_episode_ids START 1;

CREATE TABLE IF NOT EXISTS alert_episodes (
  episode_id    BIGINT PRIMARY KEY DEFAULT nextval('alert_episode_ids'),
  rule_id       BIGINT NOT NULL,
  subject       VARCHAR NOT NULL,   -- what in the rule fired: '' for a rule about one thing, a finding's key for new findings
  opened_as_of  TIMESTAMP NOT NULL,
  opened_at     TIMESTAMP NOT NULL,
  closed_as_of  TIMESTAMP,
  closed_at     TIMESTAMP
);

CREATE SEQUENCE IF NOT EXISTS alert_inbox_ids START 1;

CREATE TABLE IF NOT EXISTS alert_inbox (
  entry_id    BIGINT PRIMARY KEY DEFAULT nextval('alert_inbox_ids'),
  kind        VARCHAR NOT NULL CHECK (kind IN ('alert', 'delivery_failed', 'check_failed')),
  created_at  TIMESTAMP NOT NULL,
  rule_id     BIGINT,              -- kept when the rule is deleted: the entry still says what it was
  episode_id  BIGINT,
  title       VARCHAR NOT NULL,    -- one line, in the message's language
  details     JSON NOT NULL,       -- the figures behind it, its rows' link, its sentences by language
  read_at     TIMESTAMP
);
