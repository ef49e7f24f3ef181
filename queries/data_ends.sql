-- Where each table of the data ends (the latest order timestamp, the latest return timestamp, as
-- data_facts reckons them) and which import last brought each: a check never judges beyond what
-- both cover (server/alerts/alert-window.ts).
-- $params: none
SELECT
  (SELECT strftime(max(greatest(ordered_at, coalesce(delivered_at, ordered_at))), '%Y-%m-%dT%H:%M:%S') FROM order_lines) AS "ordersEnd",
  (SELECT strftime(max(greatest(requested_at, coalesce(received_at, requested_at), coalesce(resolved_at, requested_at))), '%Y-%m-%dT%H:%M:%S') FROM returns) AS "returnsEnd",
  -- import ids follow the order imports were written in; a combined file brings both
  (SELECT max(import_id) FROM imports WHERE kind IN ('orders', 'combined'))::INTEGER AS "lastOrdersImport",
  (SELECT max(import_id) FROM imports WHERE kind IN ('returns', 'combined'))::INTEGER AS "lastReturnsImport";
