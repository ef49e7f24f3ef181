import type { FileKind } from './canonical-fields.ts';
import type { Reject } from './collect-problems.ts';
import type { ImportWarning } from './import-warnings.ts';
import type { ColumnMapping, MappingOrigin } from './mapping/propose-mapping.ts';
import { dateStyleLabel } from './values/date-styles.ts';
import type { ValueFormats } from './values/value-formats.ts';

// What an import answers (POST /api/imports, `npx inversa import`); docs/api.md describes it.

export interface ReportedFormat {
  encoding: string;
  delimiter: string;
  decimalSeparator: string;
  thousandsSeparator: string;
  /** The main date column's format: `iso`, `dd/mm/yyyy`, `mm/dd/yyyy`, `d de mmmm de yyyy`… */
  dateFormat: string;
  /** Editor line of the header (2 or more when the export puts a title above it). */
  headerLine: number;
}

export interface TableReport {
  rowsImported: number;
  rowsRejected: number;
}

export interface ImportReport {
  importId: number;
  /** The file's name as sent, so that each report of a drop of several names its file. */
  fileName: string;
  kind: FileKind;
  source: string;
  sourceLabel: string;
  format: ReportedFormat;
  mapping: ColumnMapping;
  mappingConfidence: Record<string, number>;
  mappingOrigin: MappingOrigin;
  headerSignature: string;
  rowsRead: number;
  /** Rows of which something was written; with `rowsRejected`, every row read. */
  rowsImported: number;
  /** Rows of which nothing was written. */
  rowsRejected: number;
  /** Rows with at least one reject: in a combined file, also those whose return alone was left out. */
  rowsWithRejects: number;
  rejects: Reject[];
  rejectsUrl: string;
  tables: { orders?: TableReport; returns?: TableReport & { unmatched: number } };
  unmatchedReturns: number;
  warnings: ImportWarning[];
  /** How returns were identified and what was assumed where the file is silent, one line each. */
  assumptions: string[];
}

export function reportedFormat(encoding: string, delimiter: string, headerLine: number, formats: ValueFormats, kind: FileKind): ReportedFormat {
  const main = formats.dates[kind === 'returns' ? 'requested_at' : 'ordered_at'];
  return {
    encoding,
    delimiter,
    decimalSeparator: formats.numbers.decimalSeparator,
    thousandsSeparator: formats.numbers.thousandsSeparator,
    dateFormat: main ? dateStyleLabel(main) : 'iso',
    headerLine,
  };
}
