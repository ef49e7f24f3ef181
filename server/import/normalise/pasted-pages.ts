import type { SqlSession } from '../../store/database.ts';

/**
 * An export downloaded page by page and pasted together, or a report whose pages overlap, lists
 * some rows twice: an order's lines (a return's) come back in a second, separate block of the
 * file, other orders between, identical value for value. An export lists an order's (a return's)
 * rows together, so such a block is a page pasted twice, not more lines: numbered as more lines it
 * counted the sales (the returns) twice. Only a whole block the same as an earlier one, row for row,
 * is taken for one: an order's identical rows side by side are units written one per row, and an
 * export sorted by product or date splits an order into blocks that differ.
 */

/** What the repeated rows are a block of, as their reject says. */
export type PastedBlockOf = 'order' | 'return';

/**
 * Adds to `into` (file_row, reason) the rows of `rows` that repeat an earlier block of their key:
 * `rows` is SQL for (file_row, block_key, row_values) holding every row of the keys that may
 * repeat, so that the rows of other keys between two blocks show as a gap in file_row. A row
 * already in `into` is not added again.
 */
export async function addPastedPages(session: SqlSession, into: string, rows: string, of: PastedBlockOf): Promise<void> {
  await session.run(`
    INSERT INTO ${into}
    WITH candidate_rows AS (${rows}),
    -- a key's rows in consecutive file rows are one block: along a run, file_row less the key's
    -- count of rows so far stays the same
    runs AS (SELECT *, file_row - row_number() OVER (PARTITION BY block_key ORDER BY file_row) AS run FROM candidate_rows),
    blocks AS (
      SELECT block_key, run, min(file_row) AS first_row, max(file_row) AS last_row, list(row_values ORDER BY file_row) AS block_values
      FROM runs GROUP BY block_key, run
    ),
    -- the same rows as an earlier block of the key: the earliest such block is the page it repeats
    repeats AS (
      SELECT later.block_key, later.run, min(earlier.first_row) AS first_row, arg_min(earlier.last_row, earlier.first_row) AS last_row
      FROM blocks AS later
      JOIN blocks AS earlier ON earlier.block_key = later.block_key AND earlier.first_row < later.first_row AND earlier.block_values = later.block_values
      GROUP BY later.block_key, later.run
    ),
    -- the editor lines of the block repeated, as the reject names them
    first_lines AS (
      SELECT r.*, a.line + r.first_row - a.file_row AS first_line FROM repeats AS r ASOF LEFT JOIN line_anchors AS a ON r.first_row >= a.file_row
    ),
    lines AS (
      SELECT f.*, a.line + f.last_row - a.file_row AS last_line FROM first_lines AS f ASOF LEFT JOIN line_anchors AS a ON f.last_row >= a.file_row
    )
    SELECT runs.file_row,
      CASE WHEN first_row = last_row THEN 'repeats line ' || first_line::VARCHAR || ', the same ${of}’s row'
        ELSE 'repeats lines ' || first_line::VARCHAR || '–' || last_line::VARCHAR || ', the same ${of}’s rows' END
        || ': a page of the export pasted twice' AS reason
    FROM runs JOIN lines USING (block_key, run)
    WHERE runs.file_row NOT IN (SELECT file_row FROM ${into})`);
}

/** An empty table of pasted rows, for addPastedPages. */
export async function createPastedRows(session: SqlSession, table: string): Promise<void> {
  await session.run(`CREATE OR REPLACE TEMP TABLE ${table} (file_row BIGINT, reason VARCHAR)`);
}

/** How many rows a table of pasted rows holds. */
export async function countPastedRows(session: SqlSession, table: string): Promise<number> {
  const [{ n }] = (await session.all(`SELECT count(*)::INTEGER AS n FROM ${table}`)) as [{ n: number }];
  return n;
}

/**
 * Rejects the normalised returns that `pasted` (file_row, reason) lists, each named by the field
 * and value SQL over the normalised return `n` says.
 */
export async function rejectPastedReturns(session: SqlSession, pasted: string, fieldSql: string, valueSql: string): Promise<void> {
  await session.run(`
    UPDATE normalised_returns AS n
    SET problems = list_append(coalesce(n.problems, []), {'field': ${fieldSql}, 'value': coalesce(${valueSql}, ''), 'reason': p.reason})
    FROM ${pasted} AS p
    WHERE n.file_row = p.file_row`);
}
