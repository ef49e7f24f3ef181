-- What period does the data cover? Defaults a missing from/to, and dates maturity:
-- a month is judged against the latest timestamp imported, never the wall clock.
-- Read from data_facts, which every import refreshes: one row even before the first import.
-- $params: none
SELECT
  strftime(max(first_date), '%Y-%m-%d') AS "firstDate",
  strftime(max(last_timestamp), '%Y-%m-%d') AS "lastDate",
  strftime(max(last_timestamp), '%Y-%m-%dT%H:%M:%S') AS "lastTimestamp",
  strftime(max(last_order_date), '%Y-%m-%d') AS "lastOrderDate",
  -- the month of the first order: a comparison period before it holds no sales, however early the
  -- returns begin (a returns export reaching back before the orders one); from the small monthly rollup
  (SELECT strftime(min(order_month), '%Y-%m-%d') FROM orders_monthly) AS "firstOrderMonth",
  max(learnt_window_seconds / 86400)::DOUBLE AS "learntWindowDays",
  coalesce(max(learnt_window_returns), 0)::INTEGER AS "learntWindowReturns"
FROM data_facts;
