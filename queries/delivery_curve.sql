-- How do returns arrive over the days after delivery? The returns in scope per category and
-- calendar day after their line's delivery (after the order where the export has no delivery date),
-- as the policy simulator's curve draws them; days from $maxDay on are counted on $maxDay, so the
-- chart's last point still sums to every return. Returns with no order line have no such day.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy, maxDay
SELECT
  category::VARCHAR AS "category",
  least(days_after_delivery(delivered_at, ordered_at, requested_at), $maxDay)::INTEGER AS "day",
  count(*)::INTEGER AS "returns"
FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
WHERE ordered_at IS NOT NULL
GROUP BY ALL
ORDER BY "category", "day"
