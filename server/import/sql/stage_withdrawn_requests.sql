-- The return ids this file says were withdrawn, cancelled or expired (normalise-returns.ts): no
-- returns, and taken out of what earlier imports stored of them. Empty when the file gives no
-- request status. Staged before the normalised returns are dropped.
-- $params: saysStatus, reason (the reject reason of a withdrawn request)
CREATE OR REPLACE TEMP TABLE withdrawn_requests AS
SELECT DISTINCT return_id
FROM normalised_returns
WHERE $saysStatus::BOOLEAN AND return_id IS NOT NULL AND has_problem(problems, $reason::VARCHAR);
