import type { SqlSession } from '../store/database.ts';
import { ImportError } from './import-error.ts';
import { columnText } from './normalise/field-sql.ts';
import type { PreparedSource } from './source/prepare-source.ts';
import { sqlString } from './sql-text.ts';

/**
 * Refuses a file that repeats its header part way through with the columns in another order (two
 * exports pasted one under the other): the rows after it follow that order, and read under the
 * first header's columns they would be stored with their values swapped (a price as a quantity),
 * most of them still valid. A header repeated in the same order only costs its own row, which is
 * rejected. Staged columns are checked only: `headers`, the mapped ones.
 */
export async function refuseReorderedHeader(session: SqlSession, prepared: PreparedSource, headers: readonly string[]): Promise<void> {
  const columns = [...new Set(headers)];
  if (columns.length < 2) return;
  const names = prepared.headers.map(sqlString).join(', ');
  // a repeated name was told apart by a suffix ("Estado (2)"): its column's header cell reads "Estado"
  const asWritten = (h: string) => {
    const base = /^(.*) \(\d+\)$/.exec(h)?.[1];
    return base !== undefined && prepared.repeatedHeaders.includes(base) ? base : h;
  };
  // a header row: every mapped column holds a header name; reordered: not each its own
  const allNames = columns.map((h) => `${columnText(h)} IN (${names})`).join(' AND ');
  const ownNames = columns.map((h) => `${columnText(h)} = ${sqlString(asWritten(h))}`).join(' AND ');
  const [row] = await session.all(`SELECT min(file_row)::BIGINT AS file_row FROM staged_raw AS raw WHERE ${allNames} AND NOT (${ownNames})`);
  if (row?.file_row === null || row?.file_row === undefined) return;
  const line = prepared.anchors.lineOf(Number(row.file_row));
  throw new ImportError(
    422,
    'reordered_header',
    `Line ${line} repeats the header with its columns in another order: the rows after it follow that order, and would be read under the wrong columns. Split the file at line ${line}, or put its columns in the first header's order, and import again.`,
    { line },
  );
}
