-- The monthly reviews the schedule has dealt with, one row per month it was due in: what keeps a
-- restart from sending one twice.
-- $params: none
SELECT occasion, review_month AS "reviewMonth", sent FROM review_deliveries ORDER BY occasion;
