-- Each order month's fingerprint now: its line count and the sum of its import ids.
-- $params: none
SELECT order_month, (count(*) || ':' || sum(import_id))::VARCHAR AS fingerprint
FROM order_lines
GROUP BY order_month
