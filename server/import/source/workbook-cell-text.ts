import type { CellValue } from 'exceljs';

/**
 * The text a workbook cell becomes in the CSV the import reads. Typed cells are written in the
 * one form the value detection reads without guessing, whatever the workbook's language: a date
 * as `YYYY-MM-DD HH:MM:SS`, a number with a dot and no thousands separator (analyse-file.ts reads
 * a workbook's amounts with a dot). Text stays as it is, but on one line: a line break inside a
 * value would push every later row down a line, and a reject's line must be the sheet's row.
 */
export function cellText(value: CellValue, numFmt: string | undefined, date1904: boolean): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return wallClock(value);
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return oneLine(value);
  if ('richText' in value) return oneLine(value.richText.map((run) => run.text ?? '').join(''));
  if ('error' in value) return value.error;
  // A formula's cached result, as Excel last computed it. The reader leaves a result in a date
  // format as its serial number, and an error result as NaN without saying which error.
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (typeof result === 'number' && Number.isNaN(result)) return '#ERROR';
    if (typeof result === 'number' && isDateFormat(numFmt)) return wallClock(serialToDate(result, date1904));
    return result === undefined ? '' : cellText(result as CellValue, numFmt, date1904);
  }
  if ('text' in value) return cellText(value.text as CellValue, numFmt, date1904); // a hyperlink's shown text
  return '';
}

/**
 * What a cell holds as the sheet shows it: a number the workbook stores as one (written with a dot
 * by `cellText`), text, or anything else (a date, a boolean, an error, nothing). A formula is what
 * its result is; rich text and a hyperlink's shown text are text.
 */
export function cellKind(value: CellValue, numFmt: string | undefined): 'number' | 'text' | 'other' {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'text';
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) return 'other';
  if ('richText' in value) return 'text';
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (typeof result === 'number') return Number.isNaN(result) || isDateFormat(numFmt) ? 'other' : 'number';
    return typeof result === 'string' ? 'text' : 'other';
  }
  if ('text' in value) return typeof value.text === 'string' ? 'text' : 'other';
  return 'other';
}

/**
 * The reader gives a date cell as the UTC instant whose clock reads the cell's wall-clock time
 * (a serial number has no time zone), so the UTC fields are the sheet's date and time. Rounded to
 * the second: a serial's binary fraction lands a few microseconds off 14:32:00.
 */
function wallClock(date: Date): string {
  const seconds = new Date(Math.round(date.getTime() / 1000) * 1000);
  return seconds.toISOString().slice(0, 19).replace('T', ' ');
}

/** Days since 1899-12-30 (or 1904-01-01) to the instant whose UTC clock shows them, as the reader converts date cells. */
function serialToDate(serial: number, date1904: boolean): Date {
  const unixEpoch = date1904 ? 24107 : 25569;
  return new Date(Math.round((serial - unixEpoch) * 86_400_000));
}

/** The rule the reader applies to plain cells: a format with y, m, d, h, s or b outside quotes and brackets. */
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhMsb]/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * Excel shows and computes 15 significant digits; the file may carry the binary noise past them
 * (0.1 + 0.2 is stored 0.30000000000000004). A small exponent is written out: "1e-7" is no amount.
 * A whole number the file holds exactly is written whole: a 16-digit order number in a number
 * cell (Mercado Libre's "# de venta", 2000003508419494) has no noise to drop, and cut to 15
 * digits it read 2000003508419490, merging the sales whose numbers differed in the last digit.
 * One past what a double holds exactly (an 18-digit id) has lost its last digits already: written
 * out it looked whole (576543210987654321 read 576543210987654016), so it is written as Excel
 * shows it, 5.76543210987654E+17, which the import knows for a number a spreadsheet cut.
 */
function plainNumber(value: number): string {
  if (Number.isSafeInteger(value)) return String(value);
  const shown = Number(value.toPrecision(15));
  const text = String(shown);
  if (Math.abs(shown) > Number.MAX_SAFE_INTEGER) return shown.toExponential().toUpperCase();
  if (!text.includes('e')) return text;
  return shown.toFixed(20).replace(/\.?0+$/, '');
}

/**
 * OOXML writes a character XML cannot hold as `_xHHHH_` (a carriage return is `_x000D_`); line
 * breaks become spaces so that the value stays on its row's line.
 */
function oneLine(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))).replace(/\r\n|[\r\n]/g, ' ');
}
