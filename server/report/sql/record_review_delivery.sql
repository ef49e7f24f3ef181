-- The schedule dealt with this month's review: sent it, or found that the month it would review
-- had gone out already. The first row for a month wins: a second is a sending that must not happen.
-- $params: occasion, reviewMonth, sent, now, outcomes (JSON text)
INSERT INTO review_deliveries (occasion, review_month, sent, recorded_at, outcomes)
VALUES ($occasion, $reviewMonth, $sent, $now::TIMESTAMP, $outcomes::JSON)
ON CONFLICT (occasion) DO NOTHING;
