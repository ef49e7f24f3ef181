-- The orders an import brings that are stored already under an id written another way: by another
-- tool, or after a spreadsheet dropped leading zeros ("00123" and "123"), saved a number with
-- decimals ("1002.0") or showed it with a thousands separator ("1.001"). Placed the same day, they
-- are most likely one order counted twice; they are not merged ("123" and "00123" may be two
-- orders), only named, so that the export can be fixed.
-- Only ids with something to drop are loosened, on either side.
-- $params: importId
WITH incoming AS (
  SELECT DISTINCT order_id, order_date FROM order_lines
  WHERE import_id = $importId::INTEGER
    -- a first import has nothing stored to resemble: its millions of ids are not gathered
    AND EXISTS (FROM order_lines WHERE import_id <> $importId::INTEGER)
),
-- the file's ids as a spreadsheet might have written them: those with something to drop
incoming_loosened AS (
  SELECT order_id, order_date, loose_order_id(order_id) AS loose_id FROM incoming
  WHERE order_id_may_loosen(order_id)
),
earlier AS (
  SELECT DISTINCT order_id, order_date, loose_order_id(order_id) AS loose_id
  FROM order_lines
  WHERE import_id <> $importId::INTEGER
    AND (order_id_may_loosen(order_id) OR order_id IN (SELECT loose_id FROM incoming_loosened))
    -- an id the file itself lists is that order, not a look-alike of it
    AND order_id NOT IN (SELECT order_id FROM incoming)
),
-- an id of the file as written is a stored one loosened ("123" against "00123"), or the file's
-- loosened is the stored one loosened or not ("1002.0" against "1002"): the file's other ids,
-- loosened, are themselves, so the millions of them are never loosened
look_alikes AS (
  SELECT i.order_id AS file_id, e.order_id AS stored_id
  FROM incoming AS i JOIN earlier AS e ON i.order_id = e.loose_id AND i.order_date = e.order_date
  UNION ALL
  SELECT i.order_id, e.order_id
  FROM incoming_loosened AS i JOIN earlier AS e ON i.loose_id = e.loose_id AND i.order_date = e.order_date
),
pairs AS (
  SELECT file_id, min(stored_id) AS stored_id FROM look_alikes GROUP BY file_id
)
SELECT count(*)::INTEGER AS orders,
       coalesce(list(file_id || ' / ' || stored_id ORDER BY file_id)[1:20], [])::VARCHAR[] AS examples
FROM pairs;
