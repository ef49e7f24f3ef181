import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, SqlSession } from '../store/database.ts';
import { refreshDerivedData } from '../store/refresh-derived.ts';
import { SqlFile } from '../store/sql-file.ts';
import { analyseFile, type AnalyseRequest } from './analyse-file.ts';
import { tablesOf, type TableKind } from './canonical-fields.ts';
import { collectProblems, listRejects } from './collect-problems.ts';
import { ImportError } from './import-error.ts';
import { ensureImportRejectsTable } from './import-rejects.ts';
import { reportedFormat, type ImportReport } from './import-report.ts';
import { collectWarnings } from './import-warnings.ts';
import { dropStagedRows } from './stage-csv.ts';
import { saveMapping } from './saved-mappings.ts';
import { withWorkDir } from './work-dir.ts';

export type { ImportKind } from './analyse-file.ts';
export type { Reject } from './collect-problems.ts';
export type { ImportReport } from './import-report.ts';
export type ImportMode = 'append' | 'replace';
export type ImportPhase = 'reading' | 'normalising' | 'writing' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  /** While reading: bytes of the file read so far and its size. */
  bytesRead?: number;
  totalBytes?: number;
}

export interface ImportRequest extends Omit<AnalyseRequest, 'onBytes' | 'onNormalising'> {
  fileName: string;
  mode?: ImportMode;
  isDemo?: boolean;
  /** Save the mapping and format used for this header signature, to be reused next time. */
  saveMapping?: boolean;
  /** Told as each phase starts, so a caller can show progress. */
  onPhase?: (phase: ImportPhase) => void;
  /** Told as each phase starts and while the file is read. */
  onProgress?: (progress: ImportProgress) => void;
  /** Told how long each step took, for a benchmark or a verbose CLI. */
  onStep?: (step: ImportStep, seconds: number) => void;
}

/** Where an import's time goes: the phases' parts, the derived refresh apart. */
export type ImportStep = 'read, stage and normalise' | 'check rows' | 'write rows' | 'refresh derived data' | 'log and keep rejects';

/** The report lists this many rejects; the count covers them all, and the download lists every one. */
export const maxListedRejects = 1000;
/** Rows the scan leaves out are kept in memory up to this many, for the download. */
const maxKeptStructuralRejects = 100_000;

const sqlDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sql');
const statement = (name: string) => new SqlFile(path.join(sqlDir, `${name}.sql`));

/** How each table's incoming rows are staged before the transaction, then swapped in within it. */
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
const storeRejects = statement('store_import_rejects');
const countUnmatched = statement('count_unmatched_returns');

async function runFile(session: SqlSession, file: SqlFile, values: Record<string, string | number | boolean | null> = {}) {
  await session.run(file.sql, file.bind(values));
}

/**
 * Imports one file into the canonical tables. The file is read once as a stream, staged and
 * normalised in temp tables, then swapped in with one transaction: either every accepted row
 * lands and the import is logged, or nothing changes. Rows with problems are reported with the
 * line a text editor shows; returns whose order is not in the data are kept and counted.
 */
export async function importFile(db: Database, request: ImportRequest): Promise<ImportReport> {
  const startedAt = new Date().toISOString().slice(0, 19);
  const tell = (progress: ImportProgress) => {
    if (progress.bytesRead === undefined) request.onPhase?.(progress.phase);
    request.onProgress?.(progress);
  };
  let stepStart = performance.now();
  const stepDone = (step: ImportStep) => {
    const now = performance.now();
    request.onStep?.(step, (now - stepStart) / 1000);
    stepStart = now;
  };
  return withWorkDir((workDir) =>
    db.withSession(async (session) => {
      // The rows this import writes are transaction-local until it commits, and DuckDB has no
      // statistics for them: it then takes them for a handful of rows and picks its nested-loop
      // ASOF join for the derived-data refresh (orders' next purchase), quadratic — 400 s for
      // 1M rows instead of 0.2 s. On this connection only, the loop join is never chosen.
      await session.run('SET SESSION asof_loop_join_threshold = 0');
      tell({ phase: 'reading' });
      const analysed = await analyseFile(
        session,
        {
          ...request,
          onBytes: (bytesRead, totalBytes) => tell({ phase: 'reading', bytesRead, totalBytes }),
          onNormalising: () => tell({ phase: 'normalising' }),
        },
        { workDir, maxListedRejects: maxKeptStructuralRejects },
      );
      stepDone('read, stage and normalise');
      const { prepared, proposal, formats } = analysed;
      const kind = proposal.kind;
      if (prepared.rowsRead === 0) throw new ImportError(422, 'no_rows', 'The file has a header but no rows.');
      const tables = tablesOf[kind];
      const counts = await collectProblems(session, tables, prepared.leftOut);
      const uncounted = prepared.rowsLeftOut - prepared.leftOut.length;
      const rowsRejected = counts.rowsRejected + uncounted;
      const rejects = await listRejects(session, maxListedRejects);
      const accepted = tables.reduce((sum, t) => sum + (counts.tables[t]?.rowsAccepted ?? 0), 0);
      if (accepted === 0) {
        throw new ImportError(422, 'no_valid_rows', `None of the ${prepared.rowsRead} rows could be imported; nothing was changed.`, { rejects });
      }
      const warnings = await collectWarnings(session, kind, prepared, proposal, formats);
      stepDone('check rows');

      for (const table of tables) await runFile(session, writePlan[table].stage);
      await dropStagedRows(session);
      // Imports write one at a time: a file waiting for its turn is not writing yet, and its id
      // is drawn in its turn, so ids follow the order the imports were written in.
      const { id, unmatched } = await db.inWriteTurn(async () => {
        await ensureImportRejectsTable(session);
        tell({ phase: 'writing' });
        const [{ id }] = (await session.all(`SELECT nextval('import_ids')::INTEGER AS id`)) as [{ id: number }];
        const unmatched = await session.transaction(async () => {
          for (const table of tables) {
            const plan = writePlan[table];
            await runFile(session, request.mode === 'replace' ? plan.deleteAll : plan.deleteOverlap);
            await runFile(session, plan.insert, { importId: id });
          }
          stepDone('write rows');
          await refreshDerivedData(session);
          stepDone('refresh derived data');
          await runFile(session, logImport, {
            importId: id,
            kind,
            source: proposal.source,
            fileName: request.fileName,
            mode: request.mode ?? 'append',
            startedAt,
            rowsRead: prepared.rowsRead,
            rowsImported: prepared.rowsRead - rowsRejected,
            rowsRejected,
            isDemo: request.isDemo ?? false,
          });
          await runFile(session, storeRejects, { importId: id });
          if (request.saveMapping) {
            await saveMapping(session, { headerSignature: analysed.headerSignature, kind, mapping: proposal.mapping, format: analysed.formatOverrides });
          }
          if (!tables.includes('returns')) return 0;
          const [row] = await session.all(countUnmatched.sql, countUnmatched.bind({ importId: id }));
          return Number(row!.unmatched);
        });
        return { id, unmatched };
      });
      stepDone('log and keep rejects');
      tell({ phase: 'done' });
      const tableReport = (t: TableKind) => ({ rowsImported: counts.tables[t]!.rowsAccepted, rowsRejected: counts.tables[t]!.rowsRejected });
      return {
        importId: id,
        kind,
        source: proposal.source,
        sourceLabel: proposal.sourceLabel,
        format: reportedFormat(prepared.encoding, prepared.delimiter, prepared.headerLine, formats, kind),
        mapping: proposal.mapping,
        mappingConfidence: proposal.confidence,
        mappingOrigin: proposal.origin,
        headerSignature: analysed.headerSignature,
        rowsRead: prepared.rowsRead,
        rowsImported: prepared.rowsRead - rowsRejected,
        rowsRejected,
        rowsWithRejects: counts.rowsWithRejects + uncounted,
        rejects,
        rejectsUrl: `/api/imports/${id}/rejects.csv`,
        tables: {
          ...(tables.includes('orders') ? { orders: tableReport('orders') } : {}),
          ...(tables.includes('returns') ? { returns: { ...tableReport('returns'), unmatched } } : {}),
        },
        unmatchedReturns: unmatched,
        warnings,
      };
    }),
  );
}
