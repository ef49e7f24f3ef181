-- Which returns are behind a figure? The drill-down: the returns in scope one by one, with the
-- metrics routes' filters and basis, narrowed further by what was clicked (a resolution, a
-- disposition, a reason group, a customer, open returns only), sorted and paged on the server.
-- The sort key is a bound value matched by CASE, never a spliced-in identifier.
-- A histogram bar narrows to the returns whose stage $daysOf took from $minDays up to (not
-- including) $maxDays; a null $maxDays is the open-ended last bar.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy,
--          resolution, disposition, reasonGroup, preventable, customer, openOnly, search,
--          daysOf, minDays, maxDays, lastTimestamp, sort, order ('asc' | 'desc'), limit, offset
WITH in_scope AS (
  -- amount falls back to the returned value when the export has none; for a return whose
  -- resolution is unknown nothing says any value was given back, so its amount is unknown too
  SELECT * REPLACE (CASE WHEN resolution <> 'unknown' THEN amount END AS amount),
    CASE $daysOf WHEN 'requestToReceived' THEN days_request_to_received
                 WHEN 'receivedToResolved' THEN days_received_to_resolved
                 WHEN 'requestToResolved' THEN days_request_to_resolved END AS stage_days
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
),
scoped AS (
  SELECT * FROM in_scope
  -- as in the histogram, a negative duration (a clock set wrong) is in the first bar
  WHERE ($daysOf IS NULL OR (stage_days IS NOT NULL
         AND (CASE WHEN stage_days < 0 THEN 0 ELSE stage_days END) >= $minDays::DOUBLE
         AND ($maxDays IS NULL OR (CASE WHEN stage_days < 0 THEN 0 ELSE stage_days END) < $maxDays::DOUBLE)))
    AND ($resolution IS NULL OR resolution = $resolution)
    -- a return whose export did not say what happened to the item is 'unknown', as in the waterfall
    AND ($disposition IS NULL OR coalesce(disposition, 'unknown') = $disposition)
    AND ($reasonGroup IS NULL OR reason_group = $reasonGroup)
    -- every group but the customer's could have been prevented by the seller
    AND ($preventable IS NULL OR (reason_group <> 'customer') = $preventable)
    AND ($customer IS NULL OR customer_id = $customer)
    -- open: still pending and never resolved (docs/metrics.md, "Open returns")
    AND (NOT $openOnly OR still_open(resolution, resolved_at))
    AND ($search IS NULL OR contains(lower(concat_ws(' ', return_id, order_id, sku, customer_id, reason_raw)), lower($search)))
),
described AS (
  SELECT *,
    CASE WHEN still_open(resolution, resolved_at)
      THEN epoch($lastTimestamp::TIMESTAMP - requested_at) / 86400.0 END AS age_days
  FROM scoped
),
sorted AS (
  SELECT *,
    CASE $sort WHEN 'requestedAt' THEN epoch(requested_at) WHEN 'receivedAt' THEN epoch(received_at)
               WHEN 'resolvedAt' THEN epoch(resolved_at) WHEN 'orderedAt' THEN epoch(ordered_at)
               WHEN 'quantity' THEN quantity WHEN 'amount' THEN amount WHEN 'returnedValue' THEN returned_value
               WHEN 'recoveredValue' THEN recovered_value WHEN 'shippingCost' THEN shipping_cost
               WHEN 'ageDays' THEN age_days WHEN 'daysRequestToResolved' THEN days_request_to_resolved END::DOUBLE AS sort_number,
    CASE $sort WHEN 'returnId' THEN return_id WHEN 'orderId' THEN order_id WHEN 'sku' THEN sku
               WHEN 'category' THEN category WHEN 'customerId' THEN customer_id WHEN 'reason' THEN reason
               WHEN 'resolution' THEN resolution WHEN 'disposition' THEN disposition END AS sort_text,
    (count(*) OVER ())::INTEGER AS total,
    -- rejected returns are listed, but as everywhere they add no units or value to the totals,
    -- which then agree with the KPI a drill-down opens from
    (coalesce(sum(CASE WHEN resolution <> 'rejected' THEN quantity END) OVER (), 0))::INTEGER AS total_units,
    (coalesce(sum(CASE WHEN resolution <> 'rejected' THEN returned_value END) OVER (), 0))::DOUBLE AS total_returned_value
  FROM described
),
page AS (
  SELECT * FROM sorted
  ORDER BY
    CASE WHEN $order = 'asc' THEN sort_number END ASC NULLS LAST,
    CASE WHEN $order = 'desc' THEN sort_number END DESC NULLS LAST,
    CASE WHEN $order = 'asc' THEN sort_text END ASC NULLS LAST,
    CASE WHEN $order = 'desc' THEN sort_text END DESC NULLS LAST,
    -- a return of several lines shares its id: its SKU and line number make the order total
    return_id, sku, line_no
  LIMIT $limit::INTEGER OFFSET $offset::INTEGER
)
SELECT
  p.return_id AS "returnId",
  p.order_id AS "orderId",
  p.sku AS "sku",
  -- joined for the page's rows only: the name lives on the order line, not on the return
  l.product_name AS "productName",
  p.category AS "category",
  p.customer_id AS "customerId",
  p.quantity::INTEGER AS "quantity",
  p.reason AS "reason",
  p.reason_raw AS "reasonRaw",
  p.reason_group AS "reasonGroup",
  strftime(p.ordered_at, '%Y-%m-%dT%H:%M:%S') AS "orderedAt",
  strftime(p.requested_at, '%Y-%m-%dT%H:%M:%S') AS "requestedAt",
  strftime(p.received_at, '%Y-%m-%dT%H:%M:%S') AS "receivedAt",
  strftime(p.resolved_at, '%Y-%m-%dT%H:%M:%S') AS "resolvedAt",
  p.resolution AS "resolution",
  p.amount::DOUBLE AS "amount",
  p.returned_value::DOUBLE AS "returnedValue",
  p.disposition AS "disposition",
  p.recovered_value::DOUBLE AS "recoveredValue",
  p.shipping_cost::DOUBLE AS "shippingCost",
  p.carrier AS "returnCarrier",
  p.order_carrier AS "orderCarrier",
  p.channel AS "channel",
  p.region AS "region",
  p.days_request_to_resolved::DOUBLE AS "daysRequestToResolved",
  p.age_days::DOUBLE AS "ageDays",
  p.total AS "total",
  p.total_units AS "totalUnits",
  p.total_returned_value AS "totalReturnedValue"
FROM page p
LEFT JOIN order_lines l ON l.order_id = p.order_id AND l.sku = p.sku AND l.line_no = 1
ORDER BY
  CASE WHEN $order = 'asc' THEN p.sort_number END ASC NULLS LAST,
  CASE WHEN $order = 'desc' THEN p.sort_number END DESC NULLS LAST,
  CASE WHEN $order = 'asc' THEN p.sort_text END ASC NULLS LAST,
  CASE WHEN $order = 'desc' THEN p.sort_text END DESC NULLS LAST,
  p.return_id, p.sku, p.line_no;
