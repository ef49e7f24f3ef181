import type { SqlSession } from '../../store/database.ts';
import { fieldsOfKind, type FileKind } from '../canonical-fields.ts';
import type { ColumnMapping } from '../mapping/propose-mapping.ts';
import { columnText } from '../normalise/field-sql.ts';
import { sqlString } from '../sql-text.ts';
import type { ValueFormats } from './value-formats.ts';
import { noDateYetSql } from './value-sql.ts';

/**
 * `dates_read_as_blank` (field, n): the optional date fields of the file (a receipt, a resolution,
 * a delivery; never an order's or a return request's date, which a row needs) with values that
 * stand for "no date yet" (noDateYetSql), and how many: ERPs write "9999-12-31" or "0000-00-00"
 * where a return is still open, and read as dates those rows were rejected, every open return lost.
 * They are read as blank, and said in a warning. Returns the fields.
 */
export async function stageDatesReadAsBlank(session: SqlSession, kind: FileKind, mapping: ColumnMapping, formats: ValueFormats): Promise<ReadonlySet<string>> {
  const fields = fieldsOfKind[kind].filter((f) => f.type === 'timestamp' && !f.required && mapping[f.name] !== undefined && formats.dates[f.name] !== undefined).map((f) => f.name);
  const counts = fields.map((field) => `{'field': ${sqlString(field)}, 'n': count(*) FILTER (WHERE ${noDateYetSql(columnText(mapping[field]!), formats.dates[field]!)})::INTEGER}`);
  await session.run(
    counts.length === 0
      ? 'CREATE OR REPLACE TEMP TABLE dates_read_as_blank (field VARCHAR, n INTEGER)'
      : `CREATE OR REPLACE TEMP TABLE dates_read_as_blank AS
         SELECT field, n FROM (SELECT unnest(counts, recursive := true) FROM (SELECT [${counts.join(', ')}] AS counts FROM staged_raw AS raw)) WHERE n > 0`,
  );
  const rows = await session.all('SELECT field FROM dates_read_as_blank');
  return new Set(rows.map((r) => String(r.field)));
}
