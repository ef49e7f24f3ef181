-- Where each table of the data ends (the latest order timestamp, the latest return timestamp, as
-- every refresh records them in data_facts) and which import last brought each: a check never
-- judges beyond what both cover, and the dashboard says when the returns stop short
-- (server/metrics/data-ends.ts). One row, nulls while empty.
-- $params: none
SELECT
  (SELECT strftime(max(orders_end), '%Y-%m-%dT%H:%M:%S') FROM data_facts) AS "ordersEnd",
  (SELECT strftime(max(returns_end), '%Y-%m-%dT%H:%M:%S') FROM data_facts) AS "returnsEnd",
  -- import ids follow the order imports were written in; a combined file brings both
  (SELECT max(import_id) FROM imports WHERE kind IN ('orders', 'combined'))::INTEGER AS "lastOrdersImport",
  (SELECT max(import_id) FROM imports WHERE kind IN ('returns', 'combined'))::INTEGER AS "lastReturnsImport";
