import fs from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from '../import-error.ts';
import { SheetCsvFile } from './sheet-csv-file.ts';
import { cellKind, cellText } from './workbook-cell-text.ts';
import { notAWorkbook, workbookSheets } from './workbook-sheets.ts';

export interface WorkbookSheet {
  name: string;
  /** Rows with at least one value, a title and the header included. */
  rows: number;
}

/** A workbook's sheets in tab order, and the one the import reads. */
export interface WorkbookSheets {
  sheets: WorkbookSheet[];
  sheet: string;
  /**
   * The read sheet's columns (from 0) with a text cell that holds a number with a separator
   * ("1.250,50", "12.500", "12,50 €"): a Spanish CSV saved from Excel, or an exporter that writes
   * strings. Such text is read as a CSV's would be, not as the workbook's own numbers.
   */
  numberTextColumns: number[];
  /** The read sheet's columns with a number cell that has decimals, written with a dot. */
  decimalNumberColumns: number[];
  /**
   * The other sheets Excel shows with the read sheet's header and rows below it (one sheet per
   * month), left out when the import chose the sheet itself; `rows` counts those below the header.
   */
  sheetsLeftOut: WorkbookSheet[];
}

/** How many of a sheet's first rows that hold a value are kept to find its header in. */
const headerSearchRows = 20;

/** A header row as compared between sheets: names trimmed and in lower case, trailing blanks dropped. */
function headerKey(texts: readonly string[]): string {
  const names = texts.map((text) => text.replace(/\s+/g, ' ').trim().toLowerCase());
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  return JSON.stringify(names);
}

const numberText = /^\D{0,5}-?\d[\d\s\u00a0\u202f]*[.,][\d.,\s\u00a0\u202f]*\D{0,5}$/;

/**
 * Exports keep their data in one sheet and put summaries, pivot tables or notes beside it in
 * smaller ones, so the data is the sheet with the most rows; on a tie, the first in tab order, as
 * Excel opens it. Counting rows needs no guess about headers, and a person who wants another sheet
 * names it. Only a sheet Excel shows is chosen: a hidden one (last month's rows kept in a workbook
 * passed on, a lookup list) is not what the person handing it over sees, however many rows it has.
 */
function chooseSheet(sheets: Array<WorkbookSheet & { hidden: boolean }>, requested: string | undefined): WorkbookSheet {
  if (requested === undefined) {
    const shown = sheets.filter((sheet) => !sheet.hidden);
    return (shown.length > 0 ? shown : sheets).reduce((best, sheet) => (sheet.rows > best.rows ? sheet : best));
  }
  const named = sheets.find((sheet) => sheet.name === requested);
  if (named) return named;
  throw new ImportError(422, 'sheet_not_found', `The workbook has no sheet "${requested}". Its sheets are ${sheets.map((s) => `"${s.name}"`).join(', ')}.`, {
    sheets: sheets.map((s) => s.name),
  });
}

/**
 * Writes the chosen sheet of an .xlsx as a UTF-8 CSV in `workDir`, one line per sheet row, typed
 * cells in a form the detection reads plainly (workbook-cell-text.ts); the scanner, DuckDB and
 * every check then read it as any other CSV. Every sheet is written as it streams by, since the
 * data sheet is only known at the end; the others are then deleted.
 */
export async function workbookToCsv(
  filePath: string,
  options: { workDir: string; sheet?: string },
): Promise<Omit<WorkbookSheets, 'sheetsLeftOut'> & { csvPath: string; sheetsWithHeader: (header: readonly string[]) => WorkbookSheet[] }> {
  const read: Array<
    WorkbookSheet & { hidden: boolean; file?: SheetCsvFile; numberTextColumns: Set<number>; decimalNumberColumns: Set<number>; firstRowKeys: string[] }
  > = [];
  let open: SheetCsvFile | undefined;
  try {
    for await (const sheet of workbookSheets(filePath)) {
      const wanted = options.sheet === undefined || options.sheet === sheet.name;
      open = wanted ? await SheetCsvFile.create(path.join(options.workDir, `sheet-${read.length + 1}.csv`)) : undefined;
      let rows = 0;
      const numberTextColumns = new Set<number>();
      const decimalNumberColumns = new Set<number>();
      const firstRowKeys: string[] = [];
      for await (const row of sheet.rows) {
        const cells: string[] = [];
        row.eachCell((cell, column) => {
          const text = cellText(cell.value, cell.numFmt, sheet.date1904);
          cells[column - 1] = text;
          const kind = cellKind(cell.value, cell.numFmt);
          if (kind === 'text' && numberText.test(text.trim())) numberTextColumns.add(column - 1);
          if (kind === 'number' && text.includes('.')) decimalNumberColumns.add(column - 1);
        });
        const texts = Array.from(cells, (text) => text ?? '');
        if (texts.some((text) => text !== '')) {
          if (rows < headerSearchRows) firstRowKeys.push(headerKey(texts));
          rows++;
        }
        await open?.writeRow(row.number, texts);
      }
      await open?.close();
      read.push({ name: sheet.name, hidden: sheet.hidden, rows, file: open, numberTextColumns, decimalNumberColumns, firstRowKeys });
      open = undefined;
    }
  } catch (error) {
    await open?.close();
    if (error instanceof ImportError) throw error;
    throw new ImportError(415, 'not_text', notAWorkbook, { cause: error instanceof Error ? error.message : String(error) });
  }
  if (read.length === 0) throw new ImportError(422, 'empty_file', 'The workbook has no worksheet: nothing in it holds rows.');

  const sheets = read.map(({ name, rows }) => ({ name, rows }));
  const chosen = chooseSheet(read, options.sheet);
  const { file, numberTextColumns, decimalNumberColumns } = read.find((sheet) => sheet.name === chosen.name)!;
  const csvPath = file!.path;
  const ascending = (columns: Set<number>) => [...columns].sort((a, b) => a - b);
  await Promise.all(read.filter((sheet) => sheet.file && sheet.file.path !== csvPath).map((sheet) => fs.rm(sheet.file!.path)));
  if (chosen.rows === 0) throw new ImportError(422, 'empty_file', `The sheet "${chosen.name}" is empty.`);
  // a sheet named is the person's choice; one chosen here may be one month of several
  const sheetsWithHeader = (header: readonly string[]): WorkbookSheet[] => {
    if (options.sheet !== undefined) return [];
    const key = headerKey(header);
    return read.flatMap((sheet) => {
      const at = sheet.firstRowKeys.indexOf(key);
      const rows = sheet.rows - at - 1;
      return sheet.name === chosen.name || sheet.hidden || at < 0 || rows === 0 ? [] : [{ name: sheet.name, rows }];
    });
  };
  return {
    sheets,
    sheet: chosen.name,
    numberTextColumns: ascending(numberTextColumns),
    decimalNumberColumns: ascending(decimalNumberColumns),
    csvPath,
    sheetsWithHeader,
  };
}
