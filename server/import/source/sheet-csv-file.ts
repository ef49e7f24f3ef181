import fs from 'node:fs/promises';

const flushChars = 1024 * 1024;

const csvField = (text: string) => (text.includes('"') || text.includes(',') ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * One sheet written as a comma-separated UTF-8 file, line n holding the sheet's row n: the rows a
 * sheet leaves out (blank ones) are written as blank lines, so the line numbers the scanner
 * reports are the row numbers Excel shows. Written in 1 MiB batches, never held whole.
 */
export class SheetCsvFile {
  private lines: string[] = [];
  private chars = 0;
  private lastRow = 0;
  private width = 0;
  /** Rows with at least one value: the header and any title above it included. */
  rowsWithValues = 0;

  private constructor(
    readonly path: string,
    private readonly handle: fs.FileHandle,
  ) {}

  static async create(path: string): Promise<SheetCsvFile> {
    return new SheetCsvFile(path, await fs.open(path, 'w'));
  }

  /**
   * A sheet row ends at its last filled cell, but a CSV record needs as many fields as the
   * header. The header is above its data, so each row is padded to the widest row so far: data
   * rows get at least the header's width (empty fields past it are cut by the scanner), while a
   * title above the header keeps its own short width and the dialect detection still finds the
   * header below it.
   */
  async writeRow(rowNumber: number, cells: readonly string[]): Promise<void> {
    for (; this.lastRow < rowNumber - 1; this.lastRow++) this.push('');
    this.lastRow = rowNumber;
    const filled = cells.findLastIndex((cell) => cell !== '') + 1;
    if (filled > 0) {
      this.rowsWithValues++;
      this.width = Math.max(this.width, filled);
    }
    this.push(cells.slice(0, filled).map(csvField).join(',') + ','.repeat(filled > 0 ? this.width - filled : 0));
    if (this.chars >= flushChars) await this.flush();
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.handle.close();
    }
  }

  private push(line: string) {
    this.lines.push(line);
    this.chars += line.length + 1;
  }

  private async flush() {
    if (this.lines.length === 0) return;
    await this.handle.write(`${this.lines.join('\n')}\n`);
    this.lines = [];
    this.chars = 0;
  }
}
