-- Which returns are still open, and for how long? Returns that are pending and were never
-- resolved, oldest request first, with their age against the data's latest timestamp (never the
-- wall clock): the forgotten parcels come up on top. Paginated on the server; the counts cover
-- every open return in scope, whatever the stage filter and the page.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy,
--          lastTimestamp, stage (null | 'awaiting_receipt' | 'awaiting_resolution'), limit, offset
WITH open AS (
  SELECT
    *,
    CASE WHEN received_at IS NULL THEN 'awaiting_receipt' ELSE 'awaiting_resolution' END AS stage
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
  WHERE still_open(resolution, resolved_at)
),
counts AS (
  SELECT
    count(*) AS open_returns,
    count(*) FILTER (stage = 'awaiting_receipt') AS awaiting_receipt,
    count(*) FILTER ($stage IS NULL OR stage = $stage) AS listed
  FROM open
),
page AS (
  SELECT * FROM open
  WHERE $stage IS NULL OR stage = $stage
  ORDER BY requested_at, return_id, sku, line_no
  LIMIT $limit::INTEGER OFFSET $offset::INTEGER
)
SELECT
  p.return_id AS "returnId",
  p.order_id AS "orderId",
  p.sku AS "sku",
  p.category AS "category",
  p.customer_id AS "customerId",
  p.reason AS "reason",
  p.reason_raw AS "reasonRaw",
  p.quantity::INTEGER AS "quantity",
  p.returned_value::DOUBLE AS "returnedValue",
  p.carrier AS "returnCarrier",
  p.stage AS "stage",
  strftime(p.requested_at, '%Y-%m-%dT%H:%M:%S') AS "requestedAt",
  strftime(p.received_at, '%Y-%m-%dT%H:%M:%S') AS "receivedAt",
  (date_diff('second', p.requested_at, $lastTimestamp::TIMESTAMP) / 86400)::DOUBLE AS "ageDays",
  (date_diff('second', p.received_at, $lastTimestamp::TIMESTAMP) / 86400)::DOUBLE AS "daysSinceReceived",
  c.open_returns::INTEGER AS "openReturns",
  c.awaiting_receipt::INTEGER AS "awaitingReceipt",
  c.listed::INTEGER AS "total"
FROM page p, counts c
ORDER BY p.requested_at, p.return_id, p.sku, p.line_no;
