-- How many of the returned units in scope still wait for their outcome? The `threshold` alert rule
-- judges a window's rate on its settled returns: a pending return may yet be rejected, and a
-- rejected one is in no rate, so counting it now could read above where the window will close
-- (docs/metrics.md, "Alerts"). Still open (still_open): a pending row with a resolution date was
-- closed, its outcome not given, and waits for nothing.
-- $params: from, to, basis, category, channel, region, carrier, sku, reason, requestedBy
SELECT coalesce(sum(quantity) FILTER (still_open(resolution, resolved_at)), 0)::INTEGER AS "pendingUnits"
FROM returns_in_scope($basis, $from::DATE, $to::DATE, $category, $channel, $region, $carrier, $sku, $reason, $requestedBy::TIMESTAMP)
