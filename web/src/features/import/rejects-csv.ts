// The rejects leave the app as a CSV the person opens in a spreadsheet to fix the file. A cell
// that starts like a formula would run as one there, so it is neutralised (docs/design.md, "Safety").

/** Characters a spreadsheet reads as the start of a formula; tab and CR too, as OWASP advises. */
const formulaStart = /^[=+\-@\t\r]/;

/** A cell as text a spreadsheet shows but never evaluates: a formula-looking value gets a leading quote. */
export function neutraliseCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A CSV document of the given rows under a header row, every cell neutralised then quoted.
 * CRLF line ends and a byte-order mark, so spreadsheet programs read the accents as UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => cells.map((cell) => quoteCell(neutraliseCell(String(cell)))).join(',');
  return '\ufeff' + [header, ...rows].map(line).join('\r\n') + '\r\n';
}

/** "tienda/ventas 2025.csv" → "rechazos-ventas 2025.csv": the download says which file it fixes. */
export function rejectsFileName(prefix: string, sourceFileName: string): string {
  const base = sourceFileName.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, '');
  return `${prefix}-${base || 'import'}.csv`;
}
