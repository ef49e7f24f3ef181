import type { Database, SqlSession } from '../store/database.ts';
import { analyseFile, type AnalysedFile, type AnalyseRequest } from './analyse-file.ts';
import { fieldsOfKind, moneyFields, skuFallbackField, tablesOf, timestampFields, unitPriceFallbackField, type FileKind } from './canonical-fields.ts';
import { previewBytes, previewRows } from './preview-limits.ts';
import { collectProblems, tallyProblems, type Reject } from './collect-problems.ts';
import { reportedFormat, type ReportedFormat } from './import-report.ts';
import { collectWarnings, rowsLeftOutWarning, type ImportWarning } from './import-warnings.ts';
import { readingAssumptions } from './reading-assumptions.ts';
import { describeEvidence } from './mapping/column-evidence.ts';
import { highConfidence } from './mapping/confidence.ts';
import type { ColumnMapping, MappingOrigin } from './mapping/propose-mapping.ts';
import type { WorkbookSheets } from './source/workbook-to-csv.ts';
import { withWorkDir } from './work-dir.ts';

export interface PreviewField {
  name: string;
  type: string;
  required: boolean;
  /** The source column proposed for it, or null. */
  header: string | null;
  confidence: number | null;
  /** What the column's values look like ("whole numbers up to 3", "98 % dates"), or null. */
  evidence: string | null;
  /** A detected pairing below high confidence: the person should confirm it before importing. */
  toConfirm: boolean;
}
export type PreviewValue = string | number | boolean | null;

export interface PreviewRow {
  line: number;
  /** The row as it would be stored: the order line, or the return for a returns file. */
  values: Record<string, PreviewValue>;
  /** A combined file's return on this line, or null when the line has none. */
  returnValues: Record<string, PreviewValue> | null;
  problems: Array<Omit<Reject, 'line'>>;
}

export interface ImportPreview {
  kind: FileKind;
  source: string;
  sourceLabel: string;
  format: ReportedFormat;
  headers: string[];
  headerSignature: string;
  mapping: ColumnMapping;
  mappingConfidence: Record<string, number>;
  mappingOrigin: MappingOrigin;
  fields: PreviewField[];
  /** Required fields with no column: the import would answer 422 until they are mapped. */
  missing: string[];
  rows: PreviewRow[];
  /** Rows read for the preview, and whether that was the whole file. */
  rowsScanned: number;
  complete: boolean;
  warnings: ImportWarning[];
  /** How returns would be identified and what would be assumed, one line each. */
  assumptions: string[];
  /** For an .xlsx: its sheets with their rows, and the one read (the `sheet` field picks another); null for a CSV. */
  workbook: Pick<WorkbookSheets, 'sheets' | 'sheet'> | null;
}


const orderColumns = ['order_id', 'sku', 'ordered_at', 'customer_id', 'product_name', 'category', 'variant', 'quantity', 'unit_price', 'currency', 'channel', 'region', 'country', 'carrier', 'delivered_at'];
const returnColumns = ['return_id', 'order_id', 'sku', 'quantity', 'reason_raw', 'reason', 'requested_at', 'received_at', 'resolved_at', 'resolution', 'amount', 'disposition', 'recovered_value', 'shipping_cost', 'carrier'];

/** A column as JSON likes it: money as a number, times as "YYYY-MM-DD HH:MM:SS". */
function jsonColumn(table: string, column: string): string {
  const ref = `${table}.${column}`;
  if (timestampFields.has(column)) return `strftime(${ref}, '%Y-%m-%d %H:%M:%S')`;
  if (moneyFields.has(column)) return `${ref}::DOUBLE`;
  return ref;
}

const asStruct = (table: string, columns: string[]) => `{${columns.map((c) => `'${c}': ${jsonColumn(table, c)}`).join(', ')}}`;

async function firstRows(session: SqlSession, kind: FileKind): Promise<PreviewRow[]> {
  const main = kind === 'returns' ? 'normalised_returns' : 'normalised_order_lines';
  const mainColumns = kind === 'returns' ? returnColumns : orderColumns;
  const withReturns = kind === 'combined';
  const rows = await session.all(`
    SELECT (a.line + m.file_row - a.file_row)::INTEGER AS line,
      ${asStruct('m', mainColumns)} AS "values",
      ${withReturns ? `CASE WHEN r.file_row IS NULL THEN NULL ELSE ${asStruct('r', returnColumns)} END` : 'NULL'} AS return_values,
      ${withReturns ? 'list_concat(coalesce(m.problems, []), coalesce(r.problems, []))' : 'coalesce(m.problems, [])'} AS problems
    FROM ${main} AS m
    ${withReturns ? 'LEFT JOIN normalised_returns AS r USING (file_row)' : ''}
    ASOF LEFT JOIN line_anchors AS a ON m.file_row >= a.file_row
    ORDER BY m.file_row
    LIMIT ${previewRows}`);
  return rows.map((row) => {
    const problems = (row.problems as Array<Omit<Reject, 'line'>>) ?? [];
    const unique = problems.filter((p, i) => problems.findIndex((q) => q.field === p.field && q.reason === p.reason) === i);
    return {
      line: Number(row.line),
      values: row.values as Record<string, PreviewValue>,
      returnValues: (row.return_values as Record<string, PreviewValue> | null) ?? null,
      problems: unique,
    };
  });
}

function describeFields(analysed: AnalysedFile): PreviewField[] {
  const { proposal, evidence } = analysed;
  const { kind, mapping, confidence } = proposal;
  const fallbacks: Record<string, string> = { sku: skuFallbackField, unit_price: unitPriceFallbackField };
  return fieldsOfKind[kind].map((spec) => {
    const header = mapping[spec.name] ?? null;
    return {
      name: spec.name,
      type: spec.type,
      required: spec.required === true && !(fallbacks[spec.name] && mapping[fallbacks[spec.name]!] !== undefined),
      header,
      confidence: confidence[spec.name] ?? null,
      evidence: header === null ? null : (describeEvidence(evidence[header]) ?? null),
      toConfirm: header !== null && (confidence[spec.name] ?? 0) < highConfidence,
    };
  });
}

/**
 * What an import of this file would do, with nothing written: the detected encoding, delimiter,
 * header line, layout and formats, the proposed mapping with its confidence, and the first 20
 * rows as they would be stored, problems named. Reads the first 8 MiB at most.
 */
export async function previewFile(db: Database, request: Omit<AnalyseRequest, 'onBytes' | 'onNormalising'>): Promise<ImportPreview> {
  return withWorkDir((workDir) =>
    db.withSession(async (session) => {
      const analysed = await analyseFile(session, request, { workDir, maxListedRejects: previewRows, preview: { maxBytes: previewBytes } });
      const { prepared, proposal, formats } = analysed;
      const rows = await firstRows(session, proposal.kind);
      const warnings = await collectWarnings(session, proposal.kind, prepared, proposal, formats);
      const [scan] = await session.all('SELECT count(*)::INTEGER AS n FROM staged_raw');
      const rowsScanned = Number(scan!.n) + prepared.rowsLeftOut;
      const problems = await collectProblems(session, tablesOf[proposal.kind], prepared.leftOut);
      const leftOut = rowsLeftOutWarning(problems.rowsWithRejects + (prepared.rowsLeftOut - prepared.leftOut.length), rowsScanned, await tallyProblems(session));
      if (leftOut) warnings.push(leftOut);
      return {
        kind: proposal.kind,
        source: proposal.source,
        sourceLabel: proposal.sourceLabel,
        format: reportedFormat(prepared.encoding, prepared.delimiter, prepared.headerLine, formats, proposal.kind),
        headers: prepared.headers,
        headerSignature: analysed.headerSignature,
        mapping: proposal.mapping,
        mappingConfidence: proposal.confidence,
        mappingOrigin: proposal.origin,
        fields: describeFields(analysed),
        missing: proposal.missing,
        rows,
        rowsScanned,
        complete: prepared.complete,
        warnings,
        assumptions: readingAssumptions(proposal),
        workbook: prepared.workbook ? { sheets: prepared.workbook.sheets, sheet: prepared.workbook.sheet } : null,
      };
    }),
  );
}
