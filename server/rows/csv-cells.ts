// CSV for spreadsheets. A text cell that starts with = + - @ (or a tab or carriage return) is read
// by Excel, LibreOffice and Sheets as a formula, so a customer id like "=HYPERLINK(…)" in an
// export could run when opened: such cells get a leading apostrophe, which spreadsheets show as
// plain text (OWASP "CSV injection").

const formulaStart = /^[=+\-@\t\r]/;

/** One cell: numbers as they are, text neutralised and quoted when it needs to be. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
