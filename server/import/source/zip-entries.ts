import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/**
 * A zip read through its central directory, the index at its end: any entry, by name and in any
 * order, as a stream. Reading an .xlsx this way, its parts can be taken in the order they depend
 * on each other whatever order the writer stored them in.
 */
export class ZipEntries {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
  ) {}

  static async open(filePath: string): Promise<ZipEntries> {
    const zip = await yauzl.openPromise(filePath, { lazyEntries: true, autoClose: false });
    try {
      const entries = new Map<string, yauzl.Entry>();
      for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
      return new ZipEntries(zip, entries);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  stream(name: string): Promise<Readable> {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`the zip has no ${name}`);
    return this.zip.openReadStreamPromise(entry);
  }

  close(): void {
    this.zip.close();
  }
}
