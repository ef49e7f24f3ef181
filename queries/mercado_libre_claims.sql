-- How many Mercado Libre sales had a claim in the last $windowDays days of the data, the way
-- Mercado Libre's reputation counts claims: orders with a claim over the sales of the period.
-- The period ends at the data's last date (data_facts), never the wall clock, so an old export
-- reads as it did the day it was taken. An order is Mercado Libre's when the import that wrote
-- its lines read Mercado Libre's "Ventas" report (imports.source), or when its channel says so
-- (a shop's own export of a sale it made there); a return stands in for a claim (docs/metrics.md,
-- "Outside benchmarks", says what that misses).
-- $params: windowDays (60: Mercado Libre's API reports claims over 60 days)
WITH last_day AS (
  SELECT max(last_timestamp)::DATE AS day FROM data_facts
),
period AS (
  SELECT day - ($windowDays::INTEGER - 1) AS first_day, day AS last_day FROM last_day
),
ml_lines AS (
  SELECT l.order_id, l.order_date, l.currency, l.country
  FROM order_lines l
  JOIN imports i USING (import_id)
  WHERE i.source = 'mercadolibre'
     OR replace(lower(strip_accents(l.channel)), ' ', '') IN ('mercadolibre', 'mercadolivre')
),
sales AS (
  SELECT count(DISTINCT order_id) AS orders
  FROM ml_lines, period
  WHERE order_date BETWEEN period.first_day AND period.last_day
),
-- a claim is counted in the period it was opened, whatever day its order was placed; every
-- resolution counts, a rejected one too: the buyer still claimed
claims AS (
  SELECT count(DISTINCT r.order_id) AS orders
  FROM returns r, period
  WHERE r.request_date BETWEEN period.first_day AND period.last_day
    AND r.order_id IN (SELECT order_id FROM ml_lines)
)
SELECT
  strftime(period.first_day, '%Y-%m-%d') AS "firstDay",
  strftime(period.last_day, '%Y-%m-%d') AS "lastDay",
  (SELECT count(DISTINCT order_id) FROM ml_lines)::INTEGER AS "ordersEver",
  sales.orders::INTEGER AS sales,
  claims.orders::INTEGER AS claims,
  (SELECT mode(country) FROM ml_lines WHERE country IS NOT NULL)::VARCHAR AS country,
  (SELECT mode(currency) FROM ml_lines WHERE currency IS NOT NULL)::VARCHAR AS currency
FROM period, sales, claims;
