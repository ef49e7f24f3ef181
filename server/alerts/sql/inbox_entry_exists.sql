-- Whether an inbox entry exists (marking one read twice is no error; marking none is).
-- $params: id
SELECT count(*)::INTEGER AS "found" FROM alert_inbox WHERE entry_id = $id;
