-- What would a return window of $windowDays days after delivery have refused? The returns in scope
-- per category and in all (isTotal), and those requested more than the window after their line's
-- delivery, or after the order where the export has no delivery date (docs/metrics.md, "Return
-- policy simulator"). Days are calendar days, as a shop states its window: delivered on 1 March,
-- a 30-day window takes requests up to 31 March.
-- Rejected returns count as requests but in no units or value, as in every rate; refunds are the
-- amounts of returns resolved as refunds: what a refused return would not have been paid. When no
-- return in scope says how it ended (a file with only a returned flag), refunds are unknown, not 0
-- (value_inputs_known, as on the summary).
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy, windowDays
WITH aged AS (
  SELECT
    category, resolution, quantity, returned_value, amount,
    delivered_at IS NULL AND ordered_at IS NOT NULL AS aged_from_order,
    days_after_delivery(delivered_at, ordered_at, requested_at) AS days_after_delivery
  FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
),
judged AS (
  SELECT *, resolution <> 'rejected' AS accepted, days_after_delivery > $windowDays AS outside
  FROM aged
),
known AS (SELECT resolution AS refunds_known FROM value_inputs_known($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP))
SELECT
  grouping(category) = 1 AS "isTotal",
  category::VARCHAR AS "category",
  count(*)::INTEGER AS "returns",
  count(*) FILTER (accepted)::INTEGER AS "acceptedReturns",
  coalesce(sum(quantity) FILTER (accepted), 0)::INTEGER AS "unitsReturned",
  coalesce(sum(returned_value) FILTER (accepted), 0)::DOUBLE AS "returnedValue",
  CASE WHEN any_value(k.refunds_known) THEN coalesce(sum(amount) FILTER (resolution = 'refund'), 0) END::DOUBLE AS "refundedValue",
  -- returns with no order line have no date to run a window from: counted, never judged
  count(*) FILTER (days_after_delivery IS NULL)::INTEGER AS "returnsWithoutDate",
  count(*) FILTER (aged_from_order)::INTEGER AS "agedFromOrder",
  count(*) FILTER (outside)::INTEGER AS "outsideReturns",
  coalesce(sum(quantity) FILTER (outside AND accepted), 0)::INTEGER AS "outsideUnits",
  coalesce(sum(returned_value) FILTER (outside AND accepted), 0)::DOUBLE AS "outsideReturnedValue",
  CASE WHEN any_value(k.refunds_known) THEN coalesce(sum(amount) FILTER (outside AND resolution = 'refund'), 0) END::DOUBLE AS "outsideRefundedValue"
FROM judged
CROSS JOIN known AS k
GROUP BY GROUPING SETS ((category), ())
ORDER BY "isTotal" DESC, "outsideReturns" DESC, "category"
