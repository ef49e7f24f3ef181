-- Is the net cost of returns known in the cause finder's scope? It is made of refunds, reverse
-- shipping and recovered value, which the finder sums as 0 where a return lacks them: when no
-- return in scope carries one of them, a finding's net cost saved is unknown, not what the sum
-- says (docs/metrics.md, "Figures the data cannot give").
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy
SELECT (resolution AND recovered_value AND shipping_cost) AS "known"
FROM value_inputs_known($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
