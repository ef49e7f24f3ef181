-- The return curve's counts, whole: each order month × category × reverse carrier, by whole days
-- from the order to the request. Only returns linked to their order line have an order date.
-- A request dated before its order (a clock or export error) counts on day 0.
-- $params: none
SELECT
  order_month, category, carrier,
  greatest(date_diff('second', ordered_at, requested_at) // 86400, 0)::INTEGER AS days_after_order,
  count(*)::INTEGER AS returns,
  sum(quantity)::INTEGER AS units,
  coalesce(sum(quantity) FILTER (resolution <> 'rejected'), 0)::INTEGER AS accepted_units,
  coalesce(sum(returned_value) FILTER (resolution <> 'rejected'), 0) AS accepted_value
FROM returns
WHERE matched
GROUP BY ALL
ORDER BY order_month
