-- What a snapshot's manifest says about its data, so that a person (or a script choosing which
-- snapshot a replica serves) can tell snapshots apart without opening them. An empty database
-- has no data_facts row yet: its dates are null.
-- $params: none
SELECT
  (SELECT count(*) FROM order_lines)::INTEGER AS "orderLines",
  (SELECT count(*) FROM returns)::INTEGER AS "returns",
  strftime(facts.first_date, '%Y-%m-%d') AS "firstDate",
  strftime(facts.last_timestamp, '%Y-%m-%dT%H:%M:%S') AS "lastTimestamp",
  facts.currency::VARCHAR AS "currency"
FROM (SELECT 1) AS one
LEFT JOIN data_facts AS facts ON true
