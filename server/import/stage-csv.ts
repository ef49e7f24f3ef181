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
   * Columns an export fills on an order's first row only (Shopify): each empty cell takes the
   * value from the order's other rows, found by the order's column (`orderHeader`).
   */
  carry?: { orderHeader: string; headers: readonly string[] };
}

/**
 * Reads the prepared file (the source itself or its UTF-8 copy) into the temp table `staged_raw` — every value VARCHAR, each row
 * numbered (`file_row`, 1 = first data row) — and the scanner's anchors into `line_anchors`, so
 * any row's editor line can be joined on. Parsing values is the normaliser's job, where a bad
 * value rejects one row, not the file.
 */
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

export async function stageCsv(session: SqlSession, prepared: PreparedSource, options: StageOptions): Promise<void> {
  const wanted = [...new Set(options.headers)];
  const selected = wanted.length > 0 ? wanted.map(quoteIdentifier).join(', ') : 'NULL AS no_column';
  const source = preparedCsv(prepared);
  try {
    await session.run(
      `CREATE OR REPLACE TEMP TABLE staged_raw AS
       SELECT ordinality::BIGINT AS file_row, ${selected}
       FROM ${source.sql} WITH ORDINALITY`,
      source.params,
    );
  } catch (error) {
    throw readFailure(error, prepared);
  }
  const [{ n }] = (await session.all('SELECT count(*)::BIGINT AS n FROM staged_raw')) as [{ n: string }];
  if (Number(n) !== prepared.rowsKept) {
    throw new Error(`staging read ${n} rows where the scan kept ${prepared.rowsKept}: line numbers would be wrong`);
  }
  if (options.carry && options.carry.headers.length > 0) await carryOrderLevelValues(session, options.carry);
  await session.run(
    `CREATE OR REPLACE TEMP TABLE line_anchors AS
     FROM read_csv($path, header = false, auto_detect = false, delim = ',', columns = {'file_row': 'BIGINT', 'line': 'BIGINT'})`,
    { path: prepared.anchorsPath },
  );
}

async function carryOrderLevelValues(session: SqlSession, carry: NonNullable<StageOptions['carry']>): Promise<void> {
  const order = quoteIdentifier(carry.orderHeader);
  const replaced = carry.headers
    .filter((h) => h !== carry.orderHeader)
    .map((h) => {
      const column = quoteIdentifier(h);
      const own = `nullif(trim(${column}), '')`;
      return `coalesce(${own}, first_value(${own} IGNORE NULLS) OVER (PARTITION BY ${order} ORDER BY file_row ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) AS ${column}`;
    });
  if (replaced.length === 0) return;
  await session.run(`CREATE OR REPLACE TEMP TABLE staged_raw AS SELECT * REPLACE (${replaced.join(', ')}) FROM staged_raw ORDER BY file_row`);
}

/**
 * The staged text rows, once every table is set to be written from what was normalised. Dropped
 * before the write transaction: memory dropped inside one is only freed at its commit.
 */
export async function dropStagedRows(session: SqlSession): Promise<void> {
  await session.run('DROP TABLE IF EXISTS normalised_returns');
  await session.run('DROP TABLE IF EXISTS staged_raw');
}
