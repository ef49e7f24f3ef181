import fs from 'node:fs';
import type { CopyWriter } from './copy-writer.ts';

/** How DuckDB reads the file the import stages from: the source itself, or the UTF-8 copy. */
export type CsvEncoding = 'utf-8' | 'latin-1';

export interface SourceCopyOptions {
  /** The file as it arrived: DuckDB reads it as it is while nothing forces a copy. */
  sourcePath: string;
  copyPath: string;
  /** Whether the source may be read as it is: a plain file (not gzipped, nor a workbook), read whole. */
  mayReadSource: boolean;
  /** How DuckDB would read the source: its bytes as UTF-8, or as Latin-1 (Windows-1252 without 0x80–0x9F). */
  sourceEncoding: CsvEncoding;
  /** Opens the copy: a writer that takes the scanned bytes and writes them as UTF-8 (copy-writer.ts). */
  openCopy: (copyPath: string) => Promise<CopyWriter>;
}

/**
 * The file DuckDB reads, written only where it must differ from the source. The scanner hands
 * over the bytes it keeps; while they are the source's own bytes, in order, and DuckDB can read
 * them as they are (valid UTF-8, or Windows-1252 that is also Latin-1), nothing is written and
 * DuckDB reads the source itself: on a clean export that spares writing and reading again a copy
 * of the whole file. From the first byte that differs (a row left out or cut, a byte Latin-1 reads
 * otherwise, an encoding found part way), the copy is started: the source's bytes kept so far are
 * copied once, then every kept byte follows.
 */
export class SourceCopy {
  private output: CopyWriter | undefined;
  /** Bytes kept so far while they are the source's first bytes: the copy's head, when it starts. */
  private sourceBytesKept = 0;

  private constructor(private readonly options: SourceCopyOptions) {}

  static async open(options: SourceCopyOptions): Promise<SourceCopy> {
    const copy = new SourceCopy(options);
    if (!options.mayReadSource) await copy.startCopy();
    return copy;
  }

  /** True while DuckDB can still read the source as it is. */
  get readingSource(): boolean {
    return this.output === undefined;
  }

  /**
   * The slices the scanner kept from a chunk; `keptUpTo` is where its kept records would end in
   * the source had none been left out: the bytes scanned so far, less the record still unfinished.
   */
  async write(slices: Buffer[], keptUpTo: number): Promise<void> {
    if (this.readingSource) {
      const length = slices.reduce((sum, slice) => sum + slice.length, 0);
      // the slices are taken from the source in order; only if none was left out or cut do they add up to it
      if (this.sourceBytesKept + length === keptUpTo) {
        this.sourceBytesKept += length;
        return;
      }
      await this.startCopy();
    }
    await this.output!.write(slices);
  }

  /**
   * The scan's last slices. A last row without its newline is given one by the scanner, which
   * DuckDB reading the source does not need.
   */
  async finish(slices: Buffer[], scanned: number): Promise<void> {
    const length = slices.reduce((sum, slice) => sum + slice.length, 0);
    const added = slices.at(-1);
    const onlyAddsNewline =
      this.readingSource && added !== undefined && added.every((byte) => byte === 0x0d || byte === 0x0a) && this.sourceBytesKept + length === scanned + added.length;
    if (!onlyAddsNewline) await this.write(slices, scanned);
  }

  /** Starts the copy with the source's bytes kept so far: from here the copy is what DuckDB reads. */
  async startCopy(): Promise<void> {
    if (this.output) return;
    this.output = await this.options.openCopy(this.options.copyPath);
    if (this.sourceBytesKept === 0) return;
    const head = fs.createReadStream(this.options.sourcePath, { start: 0, end: this.sourceBytesKept - 1, highWaterMark: 1024 * 1024 });
    for await (const chunk of head) await this.output.write([chunk as Buffer]);
  }

  /** Where DuckDB reads the rows, and how. */
  result(): { csvPath: string; csvEncoding: CsvEncoding } {
    return this.readingSource ? { csvPath: this.options.sourcePath, csvEncoding: this.options.sourceEncoding } : { csvPath: this.options.copyPath, csvEncoding: 'utf-8' };
  }

  async close(): Promise<void> {
    await this.output?.close();
  }
}
