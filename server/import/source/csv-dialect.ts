/**
 * Reads the shape of a CSV from the first part of its text: the delimiter, the newline, and the
 * line the header is on (exports such as Mercado Libre's put a title and a blank line above it;
 * Excel may write a `sep=;` line first).
 */

export const delimiters = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiters)[number];

export interface SampleRecord {
  /** Editor line the record starts on (1-based). */
  line: number;
  fields: string[];
}

export interface CsvDialect {
  delimiter: Delimiter;
  newline: '\n' | '\r';
  /** Editor line of the header record. */
  headerLine: number;
  headers: string[];
  /**
   * The rows' width, where the header is wider by empty names only (an ERP that ends its header
   * line with a delimiter, "Pedido;Fecha;…;Precio;", and not its rows): the header is read cut to it.
   */
  rowWidth?: number;
  /** The row under the header that names columns the header leaves blank (see secondHeaderRow). */
  secondHeader?: SecondHeaderRow;
}

export interface SecondHeaderRow {
  /** Editor line. */
  line: number;
  /** Its names, left to right. */
  names: string[];
}

/**
 * Splits text into records the way the scanner and DuckDB do: `"` quotes a field (leading spaces
 * allowed), `""` inside quotes is a quote, a quote inside an unquoted field is a plain character.
 * The last record is left out when the text may have been cut in the middle of it.
 */
export function parseSampleRecords(text: string, delimiter: string, newline: '\n' | '\r', textIsWhole: boolean, limit = 500): SampleRecord[] {
  const records: SampleRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  const endField = () => {
    fields.push(afterQuote ? field : field.trim());
    field = '';
    afterQuote = false;
  };
  for (let i = 0; i < text.length && records.length < limit; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        inQuotes = false;
        afterQuote = true;
      } else {
        if (ch === newline) line++;
        field += ch;
      }
    } else if (ch === delimiter) {
      endField();
    } else if (ch === newline) {
      endField();
      records.push({ line: recordLine, fields });
      fields = [];
      line++;
      recordLine = line;
    } else if (ch === '"' && afterQuote) {
      inQuotes = true; // "" inside a quoted field
      field += '"';
    } else if (ch === '"' && field.trim() === '' && !afterQuote) {
      inQuotes = true;
      field = '';
    } else if (ch !== '\r' || newline === '\r') {
      if (!afterQuote || ch.trim() !== '') field += ch;
    }
  }
  if (textIsWhole && !inQuotes && (field !== '' || fields.length > 0) && records.length < limit) {
    endField();
    records.push({ line: recordLine, fields });
  }
  return records;
}

const isBlank = (record: SampleRecord) => record.fields.every((f) => f === '');

/** A value written with digits and no letter: a number, an amount, a date ("01/03/2026", "$ 1.234,50"). */
const isValue = (field: string) => /\d/.test(field) && !/\p{L}/u.test(field);

/** How many columns a record names: its non-empty fields that are not numbers or dates. */
const labels = (record: SampleRecord) => record.fields.filter((f) => f !== '' && !isValue(f)).length;

/** A record whose every non-empty value is a name: a header's, never a data row's. */
const allNames = (record: SampleRecord) => labels(record) === record.fields.filter((f) => f !== '').length;

/** A record the scanner reads under a header of this width: as wide, or wider with only empty values past it. */
const fitsWidth = (record: SampleRecord, width: number) => record.fields.length === width || (record.fields.length > width && record.fields.slice(width).every((f) => f === ''));

interface Candidate {
  delimiter: Delimiter;
  headerIndex: number;
  width: number;
  agreeing: number;
}

const candidateRows = 30;

/**
 * For one delimiter: among the first 30 records that name at least two fields, the one whose width
 * the most of the next 50 records share (the earliest on a tie). A title line above the header
 * (even one a spreadsheet padded with delimiters to the rows' width), or a ragged row below it,
 * does not move the header; nor do rows that end with a delimiter more than the header (an ERP's
 * "value;" lines), which the scanner reads cut to its width.
 * Rows a spreadsheet padded to the header's width above it ("Filtros:;Estado = Entregado;;;",
 * "Desde;01/03/2026;Hasta;31/03/2026;") share its width as well as the header does: of the rows
 * of that width from the one found on, the header is the one that names the most columns, all of
 * its values names (a header holds no number or date, a data row nearly always does).
 * A header that ends with delimiters its rows lack ("Pedido;…;Precio;") is wider than them, so the
 * width found is the rows', starting at the first of them: the nearest row above it that names
 * more columns, all of its values names and only empty ones past that width, is the header.
 */
function bestHeaderFor(records: SampleRecord[], delimiter: Delimiter): Candidate | undefined {
  const rows = records.filter((r) => !isBlank(r));
  let best: { index: number; width: number; agreeing: number } | undefined;
  for (let k = 0; k < Math.min(rows.length, candidateRows); k++) {
    const width = rows[k]!.fields.length;
    if (rows[k]!.fields.filter((f) => f.trim() !== '').length < 2) continue;
    const agreeing = rows.slice(k + 1, k + 51).filter((r) => fitsWidth(r, width)).length;
    if (!best || agreeing > best.agreeing) best = { index: k, width, agreeing };
  }
  if (!best) return undefined;
  let header = best.index;
  for (let j = best.index + 1; j < Math.min(rows.length, candidateRows); j++) {
    const row = rows[j]!;
    const named = labels(row);
    if (row.fields.length === best.width && named > labels(rows[header]!) && allNames(row)) header = j;
  }
  if (header === best.index) {
    const above = rows.slice(0, best.index).findLastIndex((row) => row.fields.length > best.width && fitsWidth(row, best.width) && allNames(row));
    if (above >= 0 && labels(rows[above]!) > labels(rows[best.index]!)) header = above;
  }
  return { delimiter, headerIndex: records.indexOf(rows[header]!), width: best.width, agreeing: best.agreeing };
}

/**
 * A header over two rows, as a spreadsheet report draws one: a group name on the header row
 * merged over the columns it groups ("Devolución";"";""), and under it their names ("Fecha";
 * "Cantidad";"Motivo"). The row under the header is a second header when it holds names only (no
 * number or date) and names a column the header leaves blank. Read as a row, its columns had no
 * name the mapping knows, and the file was imported as if it had none of them. A row of units
 * under a header that names every column (";;;unid.;ARS") is not one.
 */
function secondHeaderRow(records: SampleRecord[], headerIndex: number): Omit<SecondHeaderRow, 'line'> & { record: SampleRecord } | undefined {
  const header = records[headerIndex]!.fields;
  const next = records.slice(headerIndex + 1).find((r) => !isBlank(r));
  if (!next || labels(next) !== next.fields.filter((f) => f !== '').length) return undefined;
  const namesBlankColumn = next.fields.some((f, i) => f !== '' && (header[i] ?? '') === '');
  return namesBlankColumn ? { record: next, names: next.fields.filter((f) => f !== '') } : undefined;
}

/** Excel's hint line: `sep=;` names the delimiter and is not part of the data. */
function excelSeparatorHint(text: string): Delimiter | undefined {
  const match = /^sep=(.)\r?\n/i.exec(text);
  return match && (delimiters as readonly string[]).includes(match[1]!) ? (match[1] as Delimiter) : undefined;
}

export function detectDialect(text: string, textIsWhole: boolean, forcedDelimiter?: Delimiter): CsvDialect | undefined {
  const newline: '\n' | '\r' = text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
  const hinted = excelSeparatorHint(text);
  const body = hinted ? text.slice(text.indexOf('\n') + 1) : text;
  const lineShift = hinted ? 1 : 0;
  const tried = forcedDelimiter ? [forcedDelimiter] : hinted ? [hinted] : delimiters;
  let best: (Candidate & { records: SampleRecord[] }) | undefined;
  for (const delimiter of tried) {
    const records = parseSampleRecords(body, delimiter, newline, textIsWhole);
    const candidate = bestHeaderFor(records, delimiter);
    if (!candidate) continue;
    const better =
      !best ||
      candidate.agreeing > best.agreeing ||
      (candidate.agreeing === best.agreeing && candidate.width > best.width);
    if (better) best = { ...candidate, records };
  }
  if (!best) return undefined;
  const header = best.records[best.headerIndex]!;
  const second = secondHeaderRow(best.records, best.headerIndex);
  return {
    delimiter: best.delimiter,
    newline,
    headerLine: header.line + lineShift,
    headers: header.fields.slice(0, best.width),
    ...(header.fields.length > best.width && { rowWidth: best.width }),
    ...(second && { secondHeader: { line: second.record.line + lineShift, names: second.names } }),
  };
}
