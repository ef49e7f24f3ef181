-- A page of the inbox, newest first, with how many entries there are in all and unread: the
-- counts are counted apart from the page, so a page past the end still says them (one row of nulls).
-- $params: unreadOnly, limit, offset
WITH counted AS (
  SELECT count(*) AS total, count(*) FILTER (read_at IS NULL) AS unread FROM alert_inbox
),
page AS (
  SELECT * FROM alert_inbox
  WHERE NOT $unreadOnly::BOOLEAN OR read_at IS NULL
  ORDER BY entry_id DESC
  LIMIT $limit::INTEGER OFFSET $offset::INTEGER
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
LEFT JOIN page e ON true
ORDER BY e.entry_id DESC;
