-- Which returns are still open, and for how long? Returns that are pending and were never
-- resolved, oldest request first, with their age against the data's latest timestamp (never the
-- wall clock): the forgotten parcels come up on top. Paginated on the server; the counts cover
-- every open return in scope, whatever the stage filter and the page.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason,
--          lastTimestamp, stage (null | 'awaiting_receipt' | 'awaiting_resolution'), limit, offset
WITH open AS (
  SELECT
    *,
    CASE WHEN received_at IS NULL THEN 'awaiting_receipt' ELSE 'awaiting_resolution' END AS stage
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason)
  WHERE resolution = 'pending' AND resolved_at IS NULL
),
counted AS (
  SELECT
    *,
    count(*) OVER () AS open_returns,
    count(*) FILTER (stage = 'awaiting_receipt') OVER () AS awaiting_receipt,
    count(*) FILTER ($stage IS NULL OR stage = $stage) OVER () AS listed
  FROM open
)
SELECT
  return_id AS "returnId",
  order_id AS "orderId",
  sku AS "sku",
  category AS "category",
  customer_id AS "customerId",
  reason AS "reason",
  reason_raw AS "reasonRaw",
  quantity::INTEGER AS "quantity",
  returned_value::DOUBLE AS "returnedValue",
  carrier AS "returnCarrier",
  stage AS "stage",
  strftime(requested_at, '%Y-%m-%dT%H:%M:%S') AS "requestedAt",
  strftime(received_at, '%Y-%m-%dT%H:%M:%S') AS "receivedAt",
  (date_diff('second', requested_at, $lastTimestamp::TIMESTAMP) / 86400)::DOUBLE AS "ageDays",
  (date_diff('second', received_at, $lastTimestamp::TIMESTAMP) / 86400)::DOUBLE AS "daysSinceReceived",
  open_returns::INTEGER AS "openReturns",
  awaiting_receipt::INTEGER AS "awaitingReceipt",
  listed::INTEGER AS "total"
FROM counted
WHERE $stage IS NULL OR stage = $stage
ORDER BY requested_at, return_id
LIMIT $limit::INTEGER OFFSET $offset::INTEGER;
