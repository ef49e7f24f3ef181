-- Which order lines are behind a figure? The drill-down into sales: the order lines in scope one
-- by one, with the metrics routes' filters, optionally only those that came back, sorted and
-- paged on the server.
-- A return links to the first line of its SKU in its order (see server/store/derived/returns.sql),
-- so that is the line its units are counted on here too.
-- $params: from, to, category, channel, region, carrier, sku, reason, customer, withReturns,
--          search, sort, order ('asc' | 'desc'), limit, offset
WITH scoped AS (
  SELECT * FROM sales_in_scope($from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku) l
  WHERE ($customer IS NULL OR customer_id = $customer)
    AND ($search IS NULL OR contains(lower(concat_ws(' ', order_id, sku, customer_id, product_name)), lower($search)))
    -- "lines that came back": a non-rejected return, for the reason in the filters if there is one
    -- (the reason filter narrows returns only, so without withReturns it leaves sales alone)
    AND (NOT $withReturns OR (l.line_no = 1 AND EXISTS (
      SELECT 1 FROM returns r
      WHERE r.order_id = l.order_id AND r.sku = l.sku AND r.resolution <> 'rejected'
        AND ($reason IS NULL OR r.reason = $reason))))
),
sorted AS (
  SELECT *,
    CASE $sort WHEN 'orderedAt' THEN epoch(ordered_at) WHEN 'deliveredAt' THEN epoch(delivered_at)
               WHEN 'quantity' THEN quantity WHEN 'unitPrice' THEN unit_price WHEN 'lineValue' THEN line_value END::DOUBLE AS sort_number,
    CASE $sort WHEN 'orderId' THEN order_id WHEN 'sku' THEN sku WHEN 'productName' THEN product_name
               WHEN 'category' THEN category WHEN 'customerId' THEN customer_id WHEN 'channel' THEN channel
               WHEN 'region' THEN region WHEN 'carrier' THEN carrier END AS sort_text,
    (count(*) OVER ())::INTEGER AS total,
    (sum(quantity) OVER ())::INTEGER AS total_units,
    (sum(line_value) OVER ())::DOUBLE AS total_value
  FROM scoped
),
page AS (
  SELECT * FROM sorted
  ORDER BY
    CASE WHEN $order = 'asc' THEN sort_number END ASC NULLS LAST,
    CASE WHEN $order = 'desc' THEN sort_number END DESC NULLS LAST,
    CASE WHEN $order = 'asc' THEN sort_text END ASC NULLS LAST,
    CASE WHEN $order = 'desc' THEN sort_text END DESC NULLS LAST,
    order_id, sku, line_no
  LIMIT $limit::INTEGER OFFSET $offset::INTEGER
),
-- units returned on the page's lines only: a join over the page, not over every line in scope
returned AS (
  SELECT r.order_id, r.sku, sum(r.quantity) FILTER (r.resolution <> 'rejected') AS units
  FROM returns r
  SEMI JOIN page p ON p.order_id = r.order_id AND p.sku = r.sku
  GROUP BY ALL
)
SELECT
  p.order_id AS "orderId",
  p.line_no::INTEGER AS "lineNo",
  strftime(p.ordered_at, '%Y-%m-%dT%H:%M:%S') AS "orderedAt",
  p.customer_id AS "customerId",
  p.sku AS "sku",
  p.product_name AS "productName",
  p.category AS "category",
  p.variant AS "variant",
  p.quantity::INTEGER AS "quantity",
  p.unit_price::DOUBLE AS "unitPrice",
  p.line_value::DOUBLE AS "lineValue",
  p.currency AS "currency",
  p.channel AS "channel",
  p.region AS "region",
  p.country AS "country",
  p.carrier AS "carrier",
  strftime(p.delivered_at, '%Y-%m-%dT%H:%M:%S') AS "deliveredAt",
  (CASE WHEN p.line_no = 1 THEN coalesce(r.units, 0) ELSE 0 END)::INTEGER AS "unitsReturned",
  p.total AS "total",
  p.total_units AS "totalUnits",
  p.total_value AS "totalValue"
FROM page p
LEFT JOIN returned r ON r.order_id = p.order_id AND r.sku = p.sku
ORDER BY
  CASE WHEN $order = 'asc' THEN p.sort_number END ASC NULLS LAST,
  CASE WHEN $order = 'desc' THEN p.sort_number END DESC NULLS LAST,
  CASE WHEN $order = 'asc' THEN p.sort_text END ASC NULLS LAST,
  CASE WHEN $order = 'desc' THEN p.sort_text END DESC NULLS LAST,
  p.order_id, p.sku, p.line_no;
