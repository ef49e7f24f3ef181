-- Which currency labels the money in the cause finder's answer and sentences? The data set's own,
-- as every import records it in data_facts; none while empty, and none when the order lines are in
-- several currencies: their amounts are added unconverted, and a sum of pesos and dollars is in
-- neither, so `currencies` lists them for the answer to say so.
-- $params: none
SELECT
  CASE WHEN len(currencies) = 1 THEN currency END AS "currency",
  coalesce(currencies, []) AS "currencies"
FROM data_facts;
