-- Which currency labels the money in the cause finder's sentences? The data set's own, as every
-- import records it in data_facts (the most frequent one when lines disagree); none while empty.
-- $params: none
SELECT currency AS "currency" FROM data_facts WHERE currency IS NOT NULL;
