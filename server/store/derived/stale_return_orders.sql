-- The orders whose returns are linked again: every one on a rebuild ($rebuildAll), else those with
-- a return not yet linked (new, or its order still missing), whose order month changed, or whose
-- customer was touched. Every return of such an order is relinked, so that each keeps the count of
-- its order's return lines right.
-- $params: rebuildAll
SELECT DISTINCT order_id
FROM returns
WHERE $rebuildAll OR NOT matched OR order_month IN (FROM changed_months) OR customer_hash IN (FROM touched_customers)
