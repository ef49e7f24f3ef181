import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, SqlSession } from '../store/database.ts';
import { refreshDerivedData } from '../store/refresh-derived.ts';
import { SqlFile } from '../store/sql-file.ts';
import type { TableKind } from './canonical-fields.ts';
import { detectKind, resolveMapping, type ColumnMapping } from './column-mapping.ts';
import { ImportError } from './import-error.ts';
import { normaliseRows } from './normalise-rows.ts';
import { stageCsv, type CsvFormat } from './stage-csv.ts';

export type ImportKind = TableKind | 'auto';
export type ImportMode = 'append' | 'replace';
export type ImportPhase = 'reading' | 'normalising' | 'writing' | 'done';

export interface ImportRequest {
  filePath: string;
  fileName: string;
  kind?: ImportKind;
  mapping?: ColumnMapping;
  mode?: ImportMode;
  isDemo?: boolean;
  /** Told as each phase starts, so a caller can show progress. */
  onPhase?: (phase: ImportPhase) => void;
}

export interface Reject {
  line: number;
  field: string;
  value: string;
  reason: string;
}

export interface ImportReport {
  importId: number;
  kind: TableKind;
  source: string;
  format: CsvFormat;
  mapping: ColumnMapping;
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  rejects: Reject[];
}

/** The report lists this many rejects; the count covers them all. */
export const maxListedRejects = 1000;

const sqlDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sql');
const statement = (name: string) => new SqlFile(path.join(sqlDir, `${name}.sql`));

const writePlan: Record<TableKind, { stage: SqlFile; deleteAll: SqlFile; deleteOverlap: SqlFile; insert: SqlFile }> = {
  orders: {
    stage: statement('stage_incoming_order_lines'),
    deleteAll: statement('delete_all_order_lines'),
    deleteOverlap: statement('delete_overlapping_order_lines'),
    insert: statement('insert_order_lines'),
  },
  returns: {
    stage: statement('stage_incoming_returns'),
    deleteAll: statement('delete_all_returns'),
    deleteOverlap: statement('delete_overlapping_returns'),
    insert: statement('insert_returns'),
  },
};
const logImport = statement('log_import');

async function runFile(session: SqlSession, file: SqlFile, values: Record<string, string | number | boolean | null> = {}) {
  await session.run(file.sql, file.bind(values));
}

/**
 * Imports one CSV into its canonical table. The file is staged and normalised in temp tables,
 * then swapped in with one transaction: either every accepted row lands and the import is
 * logged, or nothing changes. Rows with problems are reported with their editor line number.
 */
export async function importFile(db: Database, request: ImportRequest): Promise<ImportReport> {
  const startedAt = new Date().toISOString().slice(0, 19);
  const onPhase = request.onPhase ?? (() => {});
  return db.withSession(async (session) => {
    onPhase('reading');
    const staged = await stageCsv(session, request.filePath);
    if (staged.rowsRead === 0) throw new ImportError(422, 'no_rows', 'The file has a header but no rows.');
    const kind = !request.kind || request.kind === 'auto' ? detectKind(staged.headers) : request.kind;
    const mapping = resolveMapping(kind, staged.headers, request.mapping);

    onPhase('normalising');
    await normaliseRows(session, kind, mapping);
    const plan = writePlan[kind];
    await runFile(session, plan.stage);
    const rejects = (await session.all(
      `SELECT (file_row + 1)::INTEGER AS line, p.field AS field, coalesce(p.value, '') AS value, p.reason AS reason
       FROM (SELECT file_row, unnest(problems) AS p FROM normalised WHERE len(problems) > 0)
       ORDER BY file_row LIMIT ${maxListedRejects}`,
    )) as unknown as Reject[];
    const [counts] = (await session.all(
      `SELECT count(*) FILTER (len(problems) > 0)::INTEGER AS rejected FROM normalised`,
    )) as [{ rejected: number }];
    const rowsImported = staged.rowsRead - counts.rejected;
    if (rowsImported === 0) {
      throw new ImportError(422, 'no_valid_rows', `None of the ${staged.rowsRead} rows could be imported; nothing was changed.`, {
        rejects,
      });
    }

    onPhase('writing');
    const [{ id }] = (await session.all(`SELECT nextval('import_ids')::INTEGER AS id`)) as [{ id: number }];
    await session.transaction(async () => {
      await runFile(session, request.mode === 'replace' ? plan.deleteAll : plan.deleteOverlap);
      await runFile(session, plan.insert, { importId: id });
      await refreshDerivedData(session);
      await runFile(session, logImport, {
        importId: id,
        kind,
        source: 'canonical',
        fileName: request.fileName,
        mode: request.mode ?? 'append',
        startedAt,
        rowsRead: staged.rowsRead,
        rowsImported,
        rowsRejected: counts.rejected,
        isDemo: request.isDemo ?? false,
      });
    });
    onPhase('done');
    return {
      importId: id,
      kind,
      source: 'canonical',
      format: staged.format,
      mapping,
      rowsRead: staged.rowsRead,
      rowsImported,
      rowsRejected: counts.rejected,
      rejects,
    };
  });
}
