import type { SqlSession } from '../store/database.ts';
import { ImportError } from './import-error.ts';
import type { PreparedSource } from './source/prepare-source.ts';
import { quoteIdentifier, sqlString } from './sql-text.ts';

/** DuckDB names a line of the file it read (the scanner's kept rows); the person needs the line of their own file. */
function readFailure(error: unknown, prepared: PreparedSource): ImportError {
  const message = error instanceof Error ? error.message : String(error);
  const copyLine = /Line: (\d+)/.exec(message);
  const firstLine = message.split('\n')[0]!.replace(/"[^"]*\/[^"]*"/g, 'the file');
  const where = copyLine ? ` (line ${prepared.anchors.lineOf(Number(copyLine[1]) - 1)})` : '';
  return new ImportError(422, 'unreadable_file', `The file could not be read as CSV${where}: ${firstLine}`);
}

export interface StageOptions {
  /** The headers the mapping uses: only these are read into the table. */
  headers: readonly string[];
  /**
   * Columns an export may fill on an order's first row only (canonical-fields.ts, orderLevelFields):
   * each empty cell takes the value from the order's other rows, found by the order's column
   * (`orderHeader`).
   */
  carry?: { orderHeader: string; headers: readonly string[] };
}

/** The prepared file as a table function, every column VARCHAR; binds `$path`, `$delimiter` and `$encoding`. */
function preparedCsv(prepared: PreparedSource): { sql: string; params: { path: string; delimiter: string; encoding: string } } {
  const columns = prepared.headers.map((h) => `${sqlString(h)}: 'VARCHAR'`).join(', ');
  return {
    sql: `read_csv($path, delim = $delimiter, encoding = $encoding, header = true, columns = {${columns}}, quote = '"', escape = '"',
                   comment = '', strict_mode = true, null_padding = false, auto_detect = false, max_line_size = 4194304)`,
    params: { path: prepared.csvPath, delimiter: prepared.delimiter, encoding: prepared.csvEncoding },
  };
}

/** The first rows of the prepared copy, every column as text (NULL when blank): what the mapping's value checks read. */
export async function firstRowsOfEveryColumn(session: SqlSession, prepared: PreparedSource, limit: number): Promise<Array<Record<string, string | null>>> {
  const source = preparedCsv(prepared);
  try {
    return (await session.all(`SELECT * FROM ${source.sql} LIMIT ${Math.trunc(limit)}`, source.params)) as Array<Record<string, string | null>>;
  } catch (error) {
    throw readFailure(error, prepared);
  }
}

/**
 * Reads the prepared file (the source itself or its UTF-8 copy) into the temp table `staged_text`,
 * every value VARCHAR, seen through the view `staged_raw`, which numbers each row (`file_row`,
 * 1 = first data row); and the scanner's anchors into `line_anchors`, so any row's editor line can
 * be joined on. Parsing values is the normaliser's job, where a bad value rejects one row, not the
 * file.
 *
 * The rows are numbered by their place in the table: DuckDB keeps a file's order when it copies
 * it into a table (preserve_insertion_order, pinned on in store/database.ts) and `rowid` is that place. Numbering
 * them as they are read (WITH ORDINALITY) holds the read to one thread: 5.9 s against 3.0 s for
 * 10M lines (`npm run bench:import`).
 */
export async function stageCsv(session: SqlSession, prepared: PreparedSource, options: StageOptions): Promise<void> {
  const wanted = [...new Set(options.headers)];
  // stored under their positions (c0, c1, …) and named in the view: a header called "rowid" would
  // otherwise hide the row id the rows are numbered by
  const stored = wanted.length > 0 ? wanted.map((h, i) => `${quoteIdentifier(h)} AS c${i}`).join(', ') : 'NULL AS c0';
  const source = preparedCsv(prepared);
  try {
    await session.run(`CREATE OR REPLACE TEMP TABLE staged_text AS SELECT ${stored} FROM ${source.sql}`, source.params);
  } catch (error) {
    throw readFailure(error, prepared);
  }
  await numberStagedRows(session, wanted, prepared.rowsKept);
  if (options.carry && (await carryOrderLevelValues(session, wanted, options.carry))) await numberStagedRows(session, wanted, prepared.rowsKept);
  await session.run(
    `CREATE OR REPLACE TEMP TABLE line_anchors AS
     FROM read_csv($path, header = false, auto_detect = false, delim = ',', columns = {'file_row': 'BIGINT', 'line': 'BIGINT'})`,
    { path: prepared.anchorsPath },
  );
}

/**
 * Makes the view `staged_raw` over `staged_text`, each column under its header. Inside a
 * transaction a new table's rows have row ids from a large offset on (DuckDB's transaction-local
 * rows), so the first one is looked up rather than assumed to be 0; the ids must run without a gap
 * over exactly the rows the scan kept, or line numbers would be wrong.
 */
async function numberStagedRows(session: SqlSession, wanted: readonly string[], rowsKept: number): Promise<void> {
  const [ids] = (await session.all('SELECT coalesce(min(rowid), 0)::VARCHAR AS first, (count(*) = coalesce(max(rowid) - min(rowid) + 1, 0))::BOOLEAN AS dense, count(*)::INTEGER AS n FROM staged_text')) as [
    { first: string; dense: boolean; n: number },
  ];
  if (ids.n !== rowsKept || !ids.dense || !/^\d+$/.test(ids.first)) {
    throw new Error(`staging read ${ids.n} rows (row ids ${ids.dense ? 'dense' : 'with gaps'}) where the scan kept ${rowsKept}: line numbers would be wrong`);
  }
  const named = wanted.length > 0 ? wanted.map((h, i) => `c${i} AS ${quoteIdentifier(h)}`).join(', ') : 'c0 AS no_column';
  await session.run(`CREATE OR REPLACE TEMP VIEW staged_raw AS SELECT (rowid - ${ids.first} + 1)::BIGINT AS file_row, ${named} FROM staged_text`);
}

/**
 * Rewrites `staged_text` with the order-level values carried to every line; false when there are
 * none to carry: no such column, or not one empty cell in them (most exports write them on every
 * line). The check looks for what an empty cell reads as (NULL) or a value starting with a space,
 * a test on 10M lines that costs 0.1 s where trimming every value cost 1.5 s.
 */
async function carryOrderLevelValues(session: SqlSession, wanted: readonly string[], carry: NonNullable<StageOptions['carry']>): Promise<boolean> {
  const order = quoteIdentifier(carry.orderHeader);
  const carried = new Set(carry.headers.filter((h) => h !== carry.orderHeader));
  if (carried.size === 0) return false;
  const blank = [...carried].map((h) => `${quoteIdentifier(h)} IS NULL OR ${quoteIdentifier(h)} LIKE ' %'`).join(' OR ');
  const [{ blanks }] = (await session.all(`SELECT count(*) FILTER (WHERE ${blank})::INTEGER AS blanks FROM staged_raw`)) as [{ blanks: number }];
  if (blanks === 0) return false;
  const columns = wanted.map((h, i) => {
    const column = quoteIdentifier(h);
    if (!carried.has(h)) return `${column} AS c${i}`;
    const own = `nullif(trim(${column}), '')`;
    return `coalesce(${own}, first_value(${own} IGNORE NULLS) OVER (PARTITION BY ${order} ORDER BY file_row ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) AS c${i}`;
  });
  // in file order, so that each row keeps its number
  await session.run(`CREATE OR REPLACE TEMP TABLE staged_text AS SELECT ${columns.join(', ')} FROM staged_raw ORDER BY file_row`);
  return true;
}

/**
 * The staged text rows (1.4 GB for 10M lines), once the file is normalised: nothing after reads
 * them, and what follows (numbering repeated lines, the write) then runs without them in memory.
 * Dropped before the write transaction: memory dropped inside one is only freed at its commit.
 */
export async function dropStagedText(session: SqlSession): Promise<void> {
  await session.run('DROP VIEW IF EXISTS staged_raw');
  await session.run('DROP TABLE IF EXISTS staged_text');
}
