-- A page of the inbox, newest first, with how many entries there are in all and unread.
-- $params: unreadOnly, limit, offset
WITH counted AS (
  SELECT count(*) AS total, count(*) FILTER (read_at IS NULL) AS unread FROM alert_inbox
)
SELECT
  e.entry_id::INTEGER AS "id",
  e.kind AS "kind",
  strftime(e.created_at, '%Y-%m-%dT%H:%M:%SZ') AS "createdAt",
  e.rule_id::INTEGER AS "ruleId",
  e.episode_id::INTEGER AS "episodeId",
  e.title AS "title",
  e.details::VARCHAR AS "details",
  strftime(e.read_at, '%Y-%m-%dT%H:%M:%SZ') AS "readAt",
  c.total::INTEGER AS "total",
  c.unread::INTEGER AS "unread"
FROM counted c
LEFT JOIN alert_inbox e ON NOT $unreadOnly::BOOLEAN OR e.read_at IS NULL
ORDER BY e.entry_id DESC
LIMIT $limit::INTEGER OFFSET $offset::INTEGER;
