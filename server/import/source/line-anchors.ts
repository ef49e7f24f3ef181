import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * The scan's line anchors: (file_row, line) pairs where a kept row's editor line is not the
 * previous kept row's plus one (a value spanning lines, a row left out). A row's line is its last
 * anchor's line plus the rows since. A file whose every row holds a line break has one anchor per
 * row, so they live in two typed arrays (16 bytes an anchor, where an array of pairs took about
 * 190: 2M two-line rows held 380 MB of heap).
 */
export class LineAnchors {
  private fileRows = new Float64Array(256);
  private lines = new Float64Array(256);
  private size = 0;

  get count(): number {
    return this.size;
  }

  /** Anchors come in file order: each file row is at least the previous one. */
  add(fileRow: number, line: number): void {
    if (this.size === this.fileRows.length) {
      this.fileRows = grown(this.fileRows);
      this.lines = grown(this.lines);
    }
    this.fileRows[this.size] = fileRow;
    this.lines[this.size] = line;
    this.size++;
  }

  /** The editor line of kept row `fileRow` (1 = the first data row), the rule SQL applies to `line_anchors`. */
  lineOf(fileRow: number): number {
    // the scan always anchors the header; without it, the header is taken to be line 1
    if (this.size === 0) return fileRow + 1;
    let low = 0;
    let high = this.size - 1;
    // the last anchor at or before the row
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.fileRows[middle]! <= fileRow) low = middle;
      else high = middle - 1;
    }
    return this.lines[low]! + (fileRow - this.fileRows[low]!);
  }

  /** Writes them as `file_row,line` CSV, for DuckDB to read into a table. */
  async writeCsv(filePath: string): Promise<void> {
    const batch = 65_536;
    const anchors = this;
    async function* text() {
      for (let start = 0; start < anchors.size; start += batch) {
        const end = Math.min(start + batch, anchors.size);
        let chunk = '';
        for (let i = start; i < end; i++) chunk += `${anchors.fileRows[i]},${anchors.lines[i]}\n`;
        yield chunk;
      }
    }
    await pipeline(Readable.from(text()), fs.createWriteStream(filePath));
  }
}

function grown(values: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const next = new Float64Array(values.length * 2);
  next.set(values);
  return next;
}
