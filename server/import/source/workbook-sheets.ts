import path from 'node:path';
import type { Readable } from 'node:stream';
import ExcelJS, { type Row } from 'exceljs';
import { ImportError } from '../import-error.ts';
import { ZipEntries } from './zip-entries.ts';

export interface WorkbookSheetRows {
  name: string;
  /** Hidden in Excel (hidden or very hidden): not what the person handing the workbook over sees. */
  hidden: boolean;
  /** True when the workbook counts its dates from 1904 (old Mac Excel). */
  date1904: boolean;
  rows: AsyncIterable<Row>;
}

interface Relationship {
  Id: string;
  Type: string;
  Target: string;
}

/**
 * The part parsers of exceljs's stream.xlsx.WorkbookReader (pinned at 4.4.0 in package.json for
 * this reason). Its own read() takes the zip in one streaming pass that can end before the last
 * entries are handed over (exceljs issue 3064: unzipper's Parse signals the end while entries are
 * still buffered), losing the sheet names or, in Excel's own order, the shared strings and styles
 * — about 2 reads in 100 of a small workbook on this machine. Here the parts come from the zip's
 * central directory, in the order they depend on each other, as exceljs's proposed fix does.
 */
interface ReaderParts {
  workbookRels?: Relationship[];
  model?: { sheets?: Array<{ id: number; name: string; rId: string; state?: string }> };
  properties?: { model?: { date1904?: boolean } };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: number): Generator<{ value: AsyncIterable<Row> }>;
}

export const notAWorkbook =
  'This is a zip archive but not an Excel workbook (.xlsx) that can be read. Save the sheet as CSV, or the workbook again as Excel Workbook (.xlsx), and import that.';

const workbookPart = 'xl/workbook.xml';
const workbookRelsPart = 'xl/_rels/workbook.xml.rels';

/** A relationship's target is relative to the workbook's folder, or absolute from the zip's root. */
const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(workbookPart), target));

/**
 * The worksheets of an .xlsx in tab order, each with its rows as exceljs reads them: shared
 * strings resolved, number cells in a date format as Dates. Each sheet streams from the zip as
 * its rows are read; only the shared-string table and the styles are held whole.
 */
export async function* workbookSheets(filePath: string): AsyncGenerator<WorkbookSheetRows> {
  const zip = await ZipEntries.open(filePath);
  try {
    if (!zip.has(workbookPart) || !zip.has(workbookRelsPart)) throw new ImportError(415, 'not_text', notAWorkbook);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(filePath, {
      sharedStrings: 'cache',
      // the styles say which number cells are dates
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    }) as unknown as ReaderParts;
    await reader._parseRels(await zip.stream(workbookRelsPart));
    await reader._parseWorkbook(await zip.stream(workbookPart));
    const relationships = reader.workbookRels ?? [];
    const partOfType = (type: string) => relationships.map((r) => (r.Type.endsWith(`/${type}`) ? partPath(r.Target) : undefined)).find((p) => p && zip.has(p));
    const sharedStrings = partOfType('sharedStrings');
    if (sharedStrings) {
      // with sharedStrings: 'cache' the parser yields nothing: running it fills the reader's table
      const parsing = reader._parseSharedStrings(await zip.stream(sharedStrings));
      while (!(await parsing.next()).done);
    }
    const styles = partOfType('styles');
    if (styles) await reader._parseStyles(await zip.stream(styles));
    const date1904 = reader.properties?.model?.date1904 === true;

    for (const sheet of reader.model?.sheets ?? []) {
      const relationship = relationships.find((r) => r.Id === sheet.rId);
      // chart sheets and dialog sheets hold no rows
      if (!relationship?.Type.endsWith('/worksheet') || !zip.has(partPath(relationship.Target))) continue;
      const entry = await zip.stream(partPath(relationship.Target));
      try {
        const [emitted] = reader._parseWorksheet(entry, sheet.id);
        yield { name: sheet.name, hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden', date1904, rows: emitted!.value };
      } finally {
        entry.destroy();
      }
    }
  } finally {
    zip.close();
  }
}
