import fs from 'node:fs/promises';
import path from 'node:path';
import type { Database, SqlSession } from '../store/database.ts';
import { markFirstImport, storeIsEmpty, undoFirstImport, undoInterruptedFirstImport, unmarkFirstImport } from '../store/first-import.ts';
import { avoidLoopJoins, refreshDerivedData } from '../store/refresh-derived.ts';
import { SqlFile } from '../store/sql-file.ts';
import { analyseFile, kindOfFile, type AnalyseRequest } from './analyse-file.ts';
import { tablesOf, type FileKind, type TableKind } from './canonical-fields.ts';
import { collectProblems, listRejects, type Reject } from './collect-problems.ts';
import { asImportError, ImportError } from './import-error.ts';
import { ensureImportRejectsTable } from './import-rejects.ts';
import { numberRepeatedLines } from './normalise/normalise-order-lines.ts';
import { dropNormalisedReturns } from './normalise/normalise-returns.ts';
import { reportedFormat, type ImportReport } from './import-report.ts';
import { collectWarnings, lookAlikeWarnings, mixedCurrenciesWarning, orderLinesTakenOffWarning, ordersLookAlikeWarnings, refundsOfStoredReturnsWarning, salesKeptAsStoredWarning, storedReturnsWarnings, type ImportWarning } from './import-warnings.ts';
import { readingAssumptions } from './reading-assumptions.ts';
import { dropStagedText } from './stage-csv.ts';
import { saveMapping } from './saved-mappings.ts';
import { judgeIdsOfOtherStored } from './stored-ids-reused.ts';
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
  /** Who imported it (team mode): the import log's `imported_by`, written in the import's transaction. */
  importedBy?: string;
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

const statement = (name: string) => SqlFile.in('import', name);

/**
 * How each table's incoming rows are staged before the transaction, then swapped in within it.
 * Appending also takes out what the file says is no longer a sale or a return (a cancelled order,
 * a withdrawn request) though an earlier import stored it.
 */
const writePlan: Record<TableKind, { stage: SqlFile; deleteAll: SqlFile; deleteOverlap: SqlFile; leftOut: string; deleteLeftOut: SqlFile; insert: SqlFile }> = {
  orders: {
    stage: statement('stage_incoming_order_lines'),
    deleteAll: statement('delete_all_order_lines'),
    deleteOverlap: statement('delete_overlapping_order_lines'),
    leftOut: 'cancelled_orders',
    deleteLeftOut: statement('delete_cancelled_order_lines'),
    insert: statement('insert_order_lines'),
  },
  returns: {
    stage: statement('stage_incoming_returns'),
    deleteAll: statement('delete_all_returns'),
    deleteOverlap: statement('delete_overlapping_returns'),
    leftOut: 'withdrawn_requests',
    deleteLeftOut: statement('delete_withdrawn_returns'),
    insert: statement('insert_returns'),
  },
};

/**
 * Whether the file says orders were cancelled or requests withdrawn (`leftOut` above, staged by the
 * normalisers): news for what earlier imports stored even when it holds no row to write.
 */
async function takesSomethingOut(session: SqlSession, tables: readonly TableKind[]): Promise<boolean> {
  for (const table of tables) {
    const [row] = await session.all(`SELECT count(*)::INTEGER AS n FROM ${writePlan[table].leftOut}`);
    if (Number(row!.n) > 0) return true;
  }
  return false;
}

const logImport = statement('log_import');
const storeRejects = statement('store_import_rejects');
const countUnmatched = statement('count_unmatched_returns');
const nextImportId = statement('next_import_id');
const everyLineReturned = statement('every_line_returned');
const keepStoredOrderLines = statement('keep_stored_order_lines');
const stageRefundsOfStoredReturns = statement('stage_refunds_of_stored_returns');
const dropRefundsOfStoredReturns = statement('drop_refunds_of_stored_returns');

async function runFile(session: SqlSession, file: SqlFile, values: Record<string, string | number | boolean | null> = {}) {
  await session.run(file.sql, file.bind(values));
}

/** A file read, staged and checked, its accepted rows waiting in the session's `incoming_*` tables. */
interface CheckedFile {
  request: ImportRequest;
  startedAt: string;
  analysed: Awaited<ReturnType<typeof analyseFile>>;
  tables: TableKind[];
  counts: Awaited<ReturnType<typeof collectProblems>>;
  rowsRejected: number;
  rowsWithRejects: number;
  rejects: Reject[];
  warnings: ImportWarning[];
}

/** Says each phase, and how long each step took, to the request's listeners. */
function progressOf(request: ImportRequest) {
  let stepStart = performance.now();
  return {
    tell(progress: ImportProgress) {
      if (progress.bytesRead === undefined) request.onPhase?.(progress.phase);
      request.onProgress?.(progress);
    },
    stepDone(step: ImportStep) {
      const now = performance.now();
      request.onStep?.(step, (now - stepStart) / 1000);
      stepStart = now;
    },
  };
}

/**
 * Reads, stages and normalises a file, gathers its problems and warnings, and leaves the accepted
 * rows in the session's `incoming_*` tables. Nothing stored changes; a file that yields no row
 * is refused here.
 */
async function readAndCheck(session: SqlSession, request: ImportRequest, workDir: string, progress: ReturnType<typeof progressOf>): Promise<CheckedFile> {
  const startedAt = new Date().toISOString().slice(0, 19);
  progress.tell({ phase: 'reading' });
  const analysed = await analyseFile(
    session,
    {
      ...request,
      onBytes: (bytesRead, totalBytes) => progress.tell({ phase: 'reading', bytesRead, totalBytes }),
      onNormalising: () => progress.tell({ phase: 'normalising' }),
    },
    { workDir, maxListedRejects: maxKeptStructuralRejects },
  );
  const { prepared, proposal, formats } = analysed;
  const tables = tablesOf[proposal.kind];
  await dropStagedText(session);
  if (tables.includes('orders')) await numberRepeatedLines(session);
  progress.stepDone('read, stage and normalise');
  if (prepared.rowsRead === 0) throw new ImportError(422, 'no_rows', 'The file has a header but no rows.');
  const counts = await collectProblems(session, tables, prepared.leftOut);
  const uncounted = prepared.rowsLeftOut - prepared.leftOut.length;
  const rejects = await listRejects(session, maxListedRejects);
  const accepted = tables.reduce((sum, t) => sum + (counts.tables[t]?.rowsAccepted ?? 0), 0);
  // an export whose only news is a cancellation (or a withdrawn request) still takes it out
  if (accepted === 0 && !(await takesSomethingOut(session, tables))) {
    throw new ImportError(422, 'no_valid_rows', `None of the ${prepared.rowsRead} rows could be imported; nothing was changed.`, { rejects });
  }
  const warnings = await collectWarnings(session, proposal.kind, prepared, proposal, formats);
  progress.stepDone('check rows');
  for (const table of tables) await runFile(session, writePlan[table].stage);
  await dropNormalisedReturns(session);
  return { request, startedAt, analysed, tables, counts, rowsRejected: counts.rowsRejected + uncounted, rowsWithRejects: counts.rowsWithRejects + uncounted, rejects, warnings };
}

/** The id of the import being written, drawn in its write turn. */
async function drawImportId(session: SqlSession): Promise<number> {
  const [{ id }] = (await session.all(nextImportId.sql)) as [{ id: number }];
  return id;
}

/**
 * Whether an appended combined file is a report of returned lines (every_line_returned.sql): it
 * adds its returns and keeps the stored sales, where an export of whole orders replaces them.
 */
async function reportsReturnedLines(session: SqlSession, file: CheckedFile): Promise<boolean> {
  if (file.analysed.proposal.kind !== 'combined') return false;
  const [row] = await session.all(everyLineReturned.sql);
  return row!.every_line_returned === true;
}

/**
 * Swaps a checked file's rows in under its import id: what it replaces or takes out goes first.
 * `dropFirstImportId` is the id of the drop's first file: what its earlier files wrote is part of
 * the same export (delete_overlapping_order_lines.sql). Into an empty store (a first import) there
 * is nothing to replace, and looking for it would gather the file's millions of order ids. A file
 * whose orders or returns are others than those stored under their ids is refused first
 * (stored-ids-reused.ts). Says what the person should know of what it replaced: orders of another
 * day, the stored sales it took off the orders it lists, or those a report of returned lines kept.
 */
async function writeRows(session: SqlSession, file: CheckedFile, id: number, into: { dropFirstImportId?: number; emptyStore?: boolean } = {}): Promise<ImportWarning[]> {
  const replacing = !into.emptyStore && file.request.mode === 'replace';
  const dropFirstImportId = into.dropFirstImportId ?? id;
  const appending = !into.emptyStore && !replacing;
  const warnings: ImportWarning[] = appending ? await judgeIdsOfOtherStored(session, file.tables) : [];
  const keepsStoredSales = appending && (await reportsReturnedLines(session, file));
  for (const table of file.tables) {
    const plan = writePlan[table];
    const keepsStored = table === 'orders' && keepsStoredSales;
    if (replacing) await runFile(session, plan.deleteAll);
    if (appending) {
      if (table === 'orders' && !keepsStored) warnings.push(...(await orderLinesTakenOffWarning(session, dropFirstImportId)));
      // a platform's refund and a returns app's return of it, one stored: the refund goes, in the overlap or from the file
      if (table === 'returns') {
        await runFile(session, stageRefundsOfStoredReturns);
        warnings.push(...(await refundsOfStoredReturnsWarning(session)));
      }
      if (!keepsStored) await runFile(session, plan.deleteOverlap, { dropFirstImportId });
      await runFile(session, plan.deleteLeftOut);
      if (table === 'returns') await runFile(session, dropRefundsOfStoredReturns);
    }
    await runFile(session, plan.insert, { importId: id });
    if (keepsStored) {
      const kept = await session.all(keepStoredOrderLines.sql, keepStoredOrderLines.bind({ importId: id }));
      warnings.push(...salesKeptAsStoredWarning(kept.length));
    }
  }
  return warnings;
}

/** Logs a written file as an import with its rejects, and saves its mapping when asked. */
async function logWritten(session: SqlSession, file: CheckedFile, id: number): Promise<void> {
  const { request, analysed } = file;
  await runFile(session, logImport, {
    importId: id,
    kind: analysed.proposal.kind,
    source: analysed.proposal.source,
    fileName: request.fileName,
    mode: request.mode ?? 'append',
    startedAt: file.startedAt,
    rowsRead: analysed.prepared.rowsRead,
    rowsImported: analysed.prepared.rowsRead - file.rowsRejected,
    rowsRejected: file.rowsRejected,
    isDemo: request.isDemo ?? false,
    importedBy: request.importedBy ?? null,
  });
  await runFile(session, storeRejects, { importId: id });
  if (request.saveMapping) {
    await saveMapping(session, { headerSignature: analysed.headerSignature, kind: analysed.proposal.kind, mapping: analysed.proposal.mapping, format: analysed.formatOverrides });
  }
}

/** Inside a write transaction: a checked file's rows swapped in under a new import id, and logged, with what to warn of in what it replaced. */
async function writeChecked(session: SqlSession, file: CheckedFile, dropFirstImportId?: number): Promise<{ id: number; replaced: ImportWarning[] }> {
  const id = await drawImportId(session);
  const replaced = await writeRows(session, file, id, { dropFirstImportId });
  await logWritten(session, file, id);
  return { id, replaced };
}

/**
 * What only the stored data tells once a file is written: how many of its returns link to no order
 * line, and what to warn of (import-warnings.ts): what it replaced (`replaced`: stored sales, or a
 * platform's refunds of a returns app's returns), the currencies the orders now hold, returns it
 * lists twice over, and returns whose order is written another way (an orders file can be the
 * other side of returns already stored).
 */
async function asStored(session: SqlSession, file: CheckedFile, id: number, replaced: ImportWarning[] = []): Promise<{ unmatched: number; warnings: ImportWarning[] }> {
  const returnsOf = file.tables.includes('returns') ? id : null;
  const [row] = await session.all(countUnmatched.sql, countUnmatched.bind({ importId: returnsOf }));
  const unmatched = Number(row!.unmatched);
  const lookAlikes = unmatched > 0 ? await lookAlikeWarnings(session, returnsOf === null ? { ordersOf: id } : { returnsOf }) : [];
  const ofOrders = file.tables.includes('orders') ? [...(await mixedCurrenciesWarning(session)), ...(await ordersLookAlikeWarnings(session, id))] : [];
  if (returnsOf === null) return { unmatched: 0, warnings: [...replaced, ...ofOrders, ...lookAlikes] };
  return { unmatched, warnings: [...replaced, ...ofOrders, ...(await storedReturnsWarnings(session, id)), ...lookAlikes] };
}

function reportOf(file: CheckedFile, id: number, { unmatched, warnings }: Awaited<ReturnType<typeof asStored>>): ImportReport {
  const { analysed, tables, counts } = file;
  const { prepared, proposal, formats } = analysed;
  const tableReport = (t: TableKind) => ({ rowsImported: counts.tables[t]!.rowsAccepted, rowsRejected: counts.tables[t]!.rowsRejected });
  return {
    importId: id,
    fileName: file.request.fileName,
    kind: proposal.kind,
    source: proposal.source,
    sourceLabel: proposal.sourceLabel,
    format: reportedFormat(prepared.encoding, prepared.delimiter, prepared.headerLine, formats, proposal.kind),
    mapping: proposal.mapping,
    mappingConfidence: proposal.confidence,
    mappingOrigin: proposal.origin,
    headerSignature: analysed.headerSignature,
    rowsRead: prepared.rowsRead,
    rowsImported: prepared.rowsRead - file.rowsRejected,
    rowsRejected: file.rowsRejected,
    rowsWithRejects: file.rowsWithRejects,
    rejects: file.rejects,
    rejectsUrl: `/api/imports/${id}/rejects.csv`,
    tables: {
      ...(tables.includes('orders') ? { orders: tableReport('orders') } : {}),
      ...(tables.includes('returns') ? { returns: { ...tableReport('returns'), unmatched } } : {}),
    },
    unmatchedReturns: unmatched,
    warnings: [...file.warnings, ...warnings],
    assumptions: readingAssumptions(proposal),
  };
}

/**
 * Imports one file into the canonical tables. The file is read once as a stream, staged and
 * normalised in temp tables, then swapped in with one transaction: either every accepted row
 * lands and the import is logged, or nothing changes. Into an empty database it is written step by
 * step instead (writeFirstImport), with the same outcome. Rows with problems are reported with the
 * line a text editor shows; returns whose order is not in the data are kept and counted.
 */
export async function importFile(db: Database, request: ImportRequest): Promise<ImportReport> {
  const progress = progressOf(request);
  return withWorkDir((workDir) =>
    db.withSession(async (session) => {
      await avoidLoopJoins(session);
      const stepwiseBefore = stepwiseWritesOf(db);
      let checked = await readAndCheck(session, request, workDir, progress);
      // Imports write one at a time: a file waiting for its turn is not writing yet, and its id
      // is drawn in its turn, so ids follow the order the imports were written in.
      const { id, stored } = await db.inWriteTurn(async () => {
        await undoInterruptedFirstImport(session);
        // read beside a first import that commits step by step, the file saw part of it, which may
        // since have been undone: it is read again, now that nothing else writes
        if (stepwiseWritesOf(db) !== stepwiseBefore) checked = await readAndCheck(session, request, await freshDir(workDir), progress);
        await ensureImportRejectsTable(session);
        if (await storeIsEmpty(session)) return db.holdingReads(() => writeFirstImport(db, session, checked, progress));
        return session.transaction(async () => {
          // said once the transaction has begun: from here a failed or killed import leaves nothing
          progress.tell({ phase: 'writing' });
          const { id, replaced } = await writeChecked(session, checked);
          progress.stepDone('write rows');
          await refreshDerivedData(session);
          progress.stepDone('refresh derived data');
          return { id, stored: await asStored(session, checked, id, replaced) };
        });
      });
      progress.stepDone('log and keep rejects');
      progress.tell({ phase: 'done' });
      return reportOf(checked, id, stored);
    }),
  ).catch((error: unknown) => {
    throw asImportError(error);
  });
}

/**
 * The first import into an empty database, written step by step (store/first-import.ts): its rows
 * and their derived data are committed as they are written, under a marker that the transaction
 * logging the import removes. A failure on the way empties the store again.
 */
async function writeFirstImport(db: Database, session: SqlSession, file: CheckedFile, progress: ReturnType<typeof progressOf>) {
  countStepwiseWrite(db);
  try {
    return await writeFirstImportRows(db, session, file, progress);
  } finally {
    countStepwiseWrite(db);
  }
}

/**
 * How many times a write that commits step by step began or ended, per database: an import read
 * while the count moved may have read half of it (the first import's order lines without the rest,
 * or rows its failure took out again), and its staged rows lean on what it read.
 */
const stepwiseWrites = new WeakMap<Database, number>();
const stepwiseWritesOf = (db: Database) => stepwiseWrites.get(db) ?? 0;
const countStepwiseWrite = (db: Database) => void stepwiseWrites.set(db, stepwiseWritesOf(db) + 1);

/** A new folder in the import's work folder, for a file read a second time. */
async function freshDir(workDir: string): Promise<string> {
  return fs.mkdtemp(path.join(workDir, 'again-'));
}

async function writeFirstImportRows(db: Database, session: SqlSession, file: CheckedFile, progress: ReturnType<typeof progressOf>) {
  const id = await drawImportId(session);
  await markFirstImport(session, id);
  try {
    // said once the marker is committed: from here a failed or killed import leaves nothing
    progress.tell({ phase: 'writing' });
    await writeRows(session, file, id, { emptyStore: true });
    progress.stepDone('write rows');
    await refreshDerivedData(session);
    progress.stepDone('refresh derived data');
    const stored = await asStored(session, file, id);
    await session.transaction(async () => {
      await logWritten(session, file, id);
      await unmarkFirstImport(session);
    });
    return { id, stored };
  } catch (error) {
    // should the undo fail too, the marker stays for the next start to undo; until then no read
    // is answered from half an import
    await undoFirstImport(session).catch((undoError: unknown) => {
      db.refuseReads();
      console.error('[inversa] the failed first import could not be taken out; restart the server to take it out:', undoError);
    });
    throw error;
  }
}

/**
 * Runs one file's part of a drop of several: a file it cannot import is named in the message
 * ("returns.csv: The file is empty.") and in `details.fileName`, or the person must guess which.
 */
async function naming<T>(request: ImportRequest, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (thrown) {
    const error = asImportError(thrown);
    if (!(error instanceof ImportError)) throw error;
    const details = error.details === undefined ? {} : error.details;
    const named = typeof details === 'object' && details !== null && !Array.isArray(details) ? { ...details, fileName: request.fileName } : details;
    throw new ImportError(error.status, error.code, `${request.fileName}: ${error.message}`, named);
  }
}

/**
 * What each kind of file must wait for: a returns file is read against the orders already
 * written (a whole-order return is made of their lines, a refund printed on each line of a return
 * is judged against their value, a return dated before its order is flagged).
 */
const writeOrder: Record<FileKind, number> = { orders: 0, combined: 1, returns: 2 };

/**
 * The files of a drop in the order they are written: those that carry orders before the returns
 * files, each judged as its import reads it (kindOfFile), whatever order they were dropped in.
 */
async function inWriteOrder(session: SqlSession, requests: readonly ImportRequest[]): Promise<Array<{ request: ImportRequest; kind: FileKind }>> {
  const files: Array<{ request: ImportRequest; kind: FileKind }> = [];
  for (const request of requests) {
    const kind = request.kind && request.kind !== 'auto' ? request.kind : await naming(request, () => withWorkDir((dir) => kindOfFile(session, request, dir)));
    files.push({ request, kind });
  }
  return files.sort((a, b) => writeOrder[a.kind] - writeOrder[b.kind]);
}

/**
 * A file read whole as a kind that should have been written before one already written (its head
 * said otherwise) is refused, the drop with it: the returns written before it were read without its orders.
 */
function refuseMisordered(file: CheckedFile, written: ReadonlyArray<{ file: CheckedFile }>): CheckedFile {
  const kind = file.analysed.proposal.kind;
  const before = written.find((w) => writeOrder[w.file.analysed.proposal.kind] > writeOrder[kind]);
  if (!before) return file;
  const [it, other] = [file.request.fileName, before.file.request.fileName];
  throw new ImportError(422, 'drop_out_of_order', `Read whole it is a ${kind} file, though its first rows read otherwise, so ${other} was read before its orders. Import ${it} first, then ${other}.`);
}

/**
 * Imports several files as one: orders before the returns that link to them (a returns list of
 * whole orders takes its lines from them), all in one transaction, so that either every file
 * lands or none does. Each file is read and checked in that transaction, after the ones it
 * depends on were written; each is logged as its own import.
 */
export async function importFiles(db: Database, requests: readonly ImportRequest[]): Promise<ImportReport[]> {
  return withWorkDir((workDir) =>
    db.withSession(async (session) => {
      await avoidLoopJoins(session);
      const ordered = await inWriteOrder(session, requests);
      return db.inWriteTurn(async () => {
        await undoInterruptedFirstImport(session);
        await ensureImportRejectsTable(session);
        return session.transaction(async () => {
          const written: Array<{ file: CheckedFile; id: number; replaced: ImportWarning[] }> = [];
          for (const [index, { request }] of ordered.entries()) {
            const progress = progressOf(request);
            // each file its own folder: its UTF-8 copy and normalised rows stand beside the others'
            const fileDir = path.join(workDir, String(index));
            await fs.mkdir(fileDir);
            const file = await naming(request, async () => refuseMisordered(await readAndCheck(session, request, fileDir, progress), written));
            progress.tell({ phase: 'writing' });
            written.push({ file, ...(await naming(request, () => writeChecked(session, file, written[0]?.id))) });
          }
          await refreshDerivedData(session);
          const reports: ImportReport[] = [];
          for (const { file, id, replaced } of written) reports.push(reportOf(file, id, await asStored(session, file, id, replaced)));
          for (const { request } of ordered) request.onPhase?.('done');
          return reports;
        });
      });
    }),
  ).catch((error: unknown) => {
    throw asImportError(error);
  });
}
