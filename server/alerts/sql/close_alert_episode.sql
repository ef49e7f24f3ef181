-- Closes an episode: its condition stopped holding as of the data's latest timestamp.
-- $params: id, asOf, now
UPDATE alert_episodes SET closed_as_of = $asOf::TIMESTAMP, closed_at = $now::TIMESTAMP WHERE episode_id = $id;
