import type { SqlSession } from '../store/database.ts';
import { fieldsOfKind, isOrderLevelReturns, orderLevelFields, type FileKind } from './canonical-fields.ts';
import { collectEvidence, type ColumnEvidence } from './mapping/column-evidence.ts';
import { flagHoldingCounts } from './mapping/flag-holding-counts.ts';
import { refusePackedProducts } from './mapping/packed-products.ts';
import { returnIdIsTheSignal, stageReturnIdPlaceholders } from './mapping/return-id-signal.ts';
import { totalsOrUnitPrices } from './mapping/totals-or-unit-prices.ts';
import { asLedger, mayHoldCredits, proposeMapping, requireComplete, type ColumnMapping, type MappingProposal } from './mapping/propose-mapping.ts';
import { FileFieldSql } from './file-field-sql.ts';
import { columnText } from './normalise/field-sql.ts';
import { previewBytes } from './preview-limits.ts';
import { normaliseOrderLines, stageCancelledOrders, stageOrderLineVocabularies } from './normalise/normalise-order-lines.ts';
import { findCreditLines, normaliseCreditReturns } from './normalise/ledger-credits.ts';
import { normaliseCombinedReturns, normaliseOrderLevelReturns, normaliseReturns, stageWithdrawnRequests } from './normalise/normalise-returns.ts';
import { refuseReorderedHeader } from './reordered-header.ts';
import { findSavedMapping, headerSignature } from './saved-mappings.ts';
import type { Delimiter } from './source/csv-dialect.ts';
import { prepareSource, type PreparedSource } from './source/prepare-source.ts';
import { firstRowsOfEveryColumn, stageCsv } from './stage-csv.ts';
import { stageAnonymousCustomers } from './values/anonymous-customers.ts';
import { stageDatesReadAsBlank } from './values/no-date-yet.ts';
import { settleDatesByStoredOrders } from './values/stored-order-dates.ts';
import { detectValueFormats, type FormatHints, type FormatOverrides, type ValueFormats } from './values/value-formats.ts';
import { workbookDecimalSeparator } from './values/workbook-amounts.ts';
import { foldText } from './vocabulary-matching.ts';

export type ImportKind = FileKind | 'auto';

/** What the person may set instead of what is detected (the Import page's format controls). */
export interface FormatRequest extends FormatOverrides {
  delimiter?: Delimiter;
}

export interface AnalyseRequest {
  filePath: string;
  kind?: ImportKind;
  mapping?: ColumnMapping;
  format?: FormatRequest;
  /** A workbook's sheet to read, by name; else the one that holds the data. */
  sheet?: string;
  /** Told the bytes read so far while the file is read. */
  onBytes?: (bytesRead: number, totalBytes: number) => void;
  onNormalising?: () => void;
}

export interface AnalysedFile {
  prepared: PreparedSource;
  proposal: MappingProposal;
  formats: ValueFormats;
  headerSignature: string;
  /** Format choices applied from a saved mapping or the request. */
  formatOverrides: FormatOverrides;
  /** What each column's sampled values look like: the evidence behind the mapping. */
  evidence: Record<string, ColumnEvidence>;
}

/** Rows whose values vote on the mapping: enough to tell dates, counts and flags apart, quick on any file. */
const evidenceRows = 2000;

// Spanish and Portuguese exports write dates day first and amounts with a decimal comma.
const latinWords = /\b(fecha|pedido|orden|cantidad|precio|producto|venta|cliente|data|quantidade|preco|produto|venda|devolucion|devolucao|motivo|monto|valor|envio|numero)\b/;

function formatHints(proposal: MappingProposal, prepared: PreparedSource): FormatHints {
  const latin = prepared.headers.some((h) => latinWords.test(foldText(h)));
  return {
    dayFirst: proposal.layout?.dayFirst ?? latin,
    decimalComma: proposal.layout?.decimalComma ?? (latin || prepared.delimiter === ';'),
  };
}

function fieldsByType(kind: FileKind, mapping: ColumnMapping) {
  const dates: Record<string, string> = {};
  const money: string[] = [];
  for (const spec of fieldsOfKind[kind]) {
    const header = mapping[spec.name];
    if (header === undefined) continue;
    if (spec.type === 'timestamp') dates[spec.name] = header;
    if (spec.type === 'money') money.push(header);
  }
  return { dates, money: [...new Set(money)] };
}

/**
 * Everything up to the write, shared by the import and its preview: reads and scans the file,
 * proposes the mapping (explicit, saved or detected), stages the mapped columns, detects how
 * values are written, and leaves the typed rows with their problems in the session's temp
 * tables and views (`normalised_order_lines`, `normalised_returns`). Nothing stored is touched.
 */
export async function analyseFile(
  session: SqlSession,
  request: AnalyseRequest,
  options: { workDir: string; maxListedRejects: number; preview?: { maxBytes: number } },
): Promise<AnalysedFile> {
  const prepared = await prepareSource(request.filePath, {
    workDir: options.workDir,
    delimiter: request.format?.delimiter,
    sheet: request.sheet,
    maxContentBytes: options.preview?.maxBytes,
    maxListedRejects: options.maxListedRejects,
    onBytes: request.onBytes,
  });
  const signature = headerSignature(prepared.headers);
  const requestedKind = request.kind ?? 'auto';
  const { saved, evidence, proposed, rows } = await proposeFor(session, prepared, request, signature);
  // before the missing columns: no pairing makes an order's packed products its lines
  refusePackedProducts(proposed.mapping, rows);
  if (!options.preview) requireComplete(proposed, prepared.headers, requestedKind);

  request.onNormalising?.();
  const carried = proposed.kind === 'returns' ? [] : orderLevelFields.map((f) => proposed.mapping[f]).filter((h): h is string => h !== undefined);
  await stageCsv(session, prepared, {
    headers: Object.values(proposed.mapping),
    carry: proposed.mapping.order_id && carried.length > 0 ? { orderHeader: proposed.mapping.order_id, headers: carried } : undefined,
  });
  await refuseReorderedHeader(session, prepared, Object.values(proposed.mapping));
  // the person's own pairing stands; a detected one answers to every value
  let proposal = proposed.origin === 'detected' ? await flagHoldingCounts(session, proposed) : proposed;
  const formatOverrides: FormatOverrides = { ...saved?.format, ...request.format };
  const typed = fieldsByType(proposal.kind, proposal.mapping);
  // a workbook's number cells decide its decimal separator, whatever a CSV with its headers said
  const workbookSeparator = prepared.workbook && workbookDecimalSeparator(prepared.workbook, prepared.headers, typed.money);
  const readAs: FormatOverrides = workbookSeparator ? { ...formatOverrides, decimalSeparator: workbookSeparator } : formatOverrides;
  const formats = await settleDatesByStoredOrders(session, proposal.mapping, await detectValueFormats(session, typed, columnText, formatHints(proposal, prepared), readAs), readAs);
  if (returnIdIsTheSignal(proposal)) await stageReturnIdPlaceholders(session, proposal.mapping);
  const datesReadAsBlank = await stageDatesReadAsBlank(session, proposal.kind, proposal.mapping, formats);
  await stageAnonymousCustomers(session, proposal.mapping);
  const fieldsOf = (p: MappingProposal) =>
    new FileFieldSql(p.kind, p.mapping, formats, { currency: p.currencyFromHeader, lineTotalBeforeDiscount: p.layout?.lineTotalBeforeDiscount }, { returnIdIsFlag: returnIdIsTheSignal(p), datesReadAsBlank });
  let fields = fieldsOf(proposal);
  if (proposal.origin === 'detected') {
    const judged = await totalsOrUnitPrices(session, fields, proposal);
    if (judged !== proposal) [proposal, fields] = [judged, fieldsOf(judged)];
  }
  // a sales ledger's credit notes are its returns, unless the person said the file holds orders only
  const credits = requestedKind !== 'orders' && mayHoldCredits(proposal) ? await findCreditLines(session, fields) : undefined;
  if (credits) proposal = asLedger(proposal, credits);
  if (proposal.kind !== 'returns') {
    await stageOrderLineVocabularies(session, fields);
    await normaliseOrderLines(session, fields, options.workDir, credits);
    await stageCancelledOrders(session, fields);
  }
  if (proposal.kind === 'returns') await (isOrderLevelReturns('returns', (f) => fields.isMapped(f)) ? normaliseOrderLevelReturns(session, fields) : normaliseReturns(session, fields));
  if (proposal.kind === 'combined') await (credits ? normaliseCreditReturns(session, fields, credits) : normaliseCombinedReturns(session, fields));
  if (proposal.kind !== 'orders') await stageWithdrawnRequests(session, fields);
  return { prepared, proposal, formats, headerSignature: signature, formatOverrides, evidence };
}

/**
 * The mapping proposed for a prepared file, as its import reads it: the person's pairings, else the
 * mapping saved for its header, else the header's names checked against its first rows' values.
 */
async function proposeFor(session: SqlSession, prepared: PreparedSource, request: AnalyseRequest, signature: string) {
  const saved = request.mapping ? undefined : await findSavedMapping(session, signature);
  const rows = await firstRowsOfEveryColumn(session, prepared, evidenceRows);
  const evidence = collectEvidence(prepared.headers, rows);
  const proposed = proposeMapping({ headers: prepared.headers, kind: request.kind ?? 'auto', explicit: request.mapping, saved, evidence, rows });
  return { saved, evidence, proposed, rows };
}

/**
 * The kind a file is read as, from its head (the rows the mapping's values are judged on fit in
 * it): enough to put several files in order (orders before their returns) before any is read
 * whole. Judged as the import judges it, saved mapping and values included: by its header alone a
 * returns export with a refund column read as combined, and was written before the orders of its drop.
 */
export async function kindOfFile(session: SqlSession, request: AnalyseRequest, workDir: string): Promise<FileKind> {
  const prepared = await prepareSource(request.filePath, { workDir, delimiter: request.format?.delimiter, sheet: request.sheet, maxContentBytes: previewBytes, maxListedRejects: 0 });
  return (await proposeFor(session, prepared, request, headerSignature(prepared.headers))).proposed.kind;
}
