import type { SqlSession } from '../store/database.ts';
import { fieldsOfKind, type FileKind } from './canonical-fields.ts';
import { proposeMapping, requireComplete, type ColumnMapping, type MappingProposal } from './mapping/propose-mapping.ts';
import { FieldSql, columnText } from './normalise/field-sql.ts';
import { normaliseOrderLines } from './normalise/normalise-order-lines.ts';
import { normaliseCombinedReturns, normaliseReturns } from './normalise/normalise-returns.ts';
import { findSavedMapping, headerSignature } from './saved-mappings.ts';
import type { Delimiter } from './source/csv-dialect.ts';
import { prepareSource, type PreparedSource } from './source/prepare-source.ts';
import { stageCsv } from './stage-csv.ts';
import { detectValueFormats, type FormatHints, type FormatOverrides, type ValueFormats } from './values/value-formats.ts';
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
}

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
    maxContentBytes: options.preview?.maxBytes,
    maxListedRejects: options.maxListedRejects,
    onBytes: request.onBytes,
  });
  const signature = headerSignature(prepared.headers);
  const saved = request.mapping ? undefined : await findSavedMapping(session, signature);
  const requestedKind = request.kind ?? 'auto';
  const proposal = proposeMapping({ headers: prepared.headers, kind: requestedKind, explicit: request.mapping, saved });
  if (!options.preview) requireComplete(proposal, prepared.headers, requestedKind);

  request.onNormalising?.();
  const layout = proposal.layout;
  const carried = (layout?.orderLevelFields ?? []).map((f) => proposal.mapping[f]).filter((h): h is string => h !== undefined);
  await stageCsv(session, prepared, {
    headers: Object.values(proposal.mapping),
    carry: proposal.mapping.order_id && carried.length > 0 ? { orderHeader: proposal.mapping.order_id, headers: carried } : undefined,
  });
  const formatOverrides: FormatOverrides = { ...saved?.format, ...request.format };
  const formats = await detectValueFormats(session, fieldsByType(proposal.kind, proposal.mapping), columnText, formatHints(proposal, prepared), formatOverrides);
  const fields = new FieldSql(proposal.kind, proposal.mapping, formats, { currency: proposal.currencyFromHeader });
  if (proposal.kind !== 'returns') await normaliseOrderLines(session, fields, options.workDir);
  if (proposal.kind === 'returns') await normaliseReturns(session, fields);
  if (proposal.kind === 'combined') await normaliseCombinedReturns(session, fields);
  return { prepared, proposal, formats, headerSignature: signature, formatOverrides };
}
