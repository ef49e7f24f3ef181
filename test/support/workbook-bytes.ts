import ExcelJS from 'exceljs';

/** A date cell as exceljs takes it: the UTC fields are the wall clock the sheet shows. */
export const dateCell = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** An .xlsx built with exceljs's writer, as the bytes a person uploads. */
export async function workbookBytes(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
