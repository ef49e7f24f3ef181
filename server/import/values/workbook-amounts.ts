import { ImportError } from '../import-error.ts';
import type { WorkbookSheets } from '../source/workbook-to-csv.ts';

type WorkbookCells = Pick<WorkbookSheets, 'numberTextColumns' | 'decimalNumberColumns'>;

/**
 * The decimal separator a workbook's amounts are read with. Its number cells were written with a
 * dot (workbook-cell-text.ts), whatever its language, so a dot it is; but amounts kept as text
 * ("1.250,50", "12.500"), as a Spanish CSV saved from Excel has them, are the export's own
 * writing, to be detected as a CSV's are (undefined). Number cells with decimals beside such text
 * cannot both be read with one separator: the file is refused, with what to change.
 */
export function workbookDecimalSeparator(cells: WorkbookCells, headers: readonly string[], moneyHeaders: readonly string[]): '.' | undefined {
  const amountColumns = (columns: number[]) => [...new Set(columns.map((column) => headers[column]).filter((header) => header !== undefined && moneyHeaders.includes(header)))];
  const asText = amountColumns(cells.numberTextColumns);
  if (asText.length === 0) return '.';
  const asNumbers = amountColumns(cells.decimalNumberColumns);
  if (asNumbers.length === 0) return undefined;
  const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ');
  throw new ImportError(
    422,
    'mixed_amount_cells',
    `Some amounts are text cells written as numbers, such as "1.250,50" (in ${quoted(asText)}), and others number cells with decimals (in ${quoted(asNumbers)}): one decimal separator cannot read both. In the spreadsheet, format the amount columns as numbers (or all as text) and import again.`,
    { textColumns: asText, numberColumns: asNumbers },
  );
}
