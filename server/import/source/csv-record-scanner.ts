/**
 * One pass over the UTF-8 bytes of a CSV that keeps what DuckDB can read strictly and names what
 * it cannot, with the line a text editor shows. It splits records as DuckDB does (`"` quotes a
 * field, `""` is a quote inside one, newlines inside quotes belong to the value), and for each
 * record after the header decides:
 * - blank (every field empty): skipped, like a spreadsheet's trailing empty rows;
 * - more fields than the header, the extra ones empty: kept, cut to the header's width;
 * - another width, text after a closing quote, bytes that were not text, or longer than
 *   `maxRecordBytes`: left out and reported with its line;
 * - else kept, byte for byte.
 * It records "line anchors" wherever a kept row's line is not the previous kept row's line plus
 * one (a value spanning lines, a row left out), so SQL can find any row's editor line from its
 * position alone. Memory stays at one chunk plus one unfinished record.
 *
 * The loop over bytes is the hot path of a large import: it only counts fields and lines and
 * tracks quotes; the rare records that are not plainly fine are examined again by `inspect`.
 */
import { LineAnchors } from './line-anchors.ts';

const quote = 0x22;
const notText = 'holds bytes that are not text in the file\u2019s encoding';

// byte classes for the hot loop; every other byte is 0
const delimiterClass = 1;
const newlineClass = 2;
const quoteClass = 3;

const isBlankByte = (b: number) => b === 0x20 || b === 0x09 || b === 0x0d;

const sizeText = (bytes: number) => (bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes} bytes`);

export interface StructuralReject {
  line: number;
  value: string;
  reason: string;
}

export interface ScanResult {
  /** The header record's bytes. */
  headerRecord: Buffer | undefined;
  headerLine: number;
  /** Data rows after the header, blank ones excluded. */
  rowsRead: number;
  /** Rows written for DuckDB; the n-th of them is `file_row` n. */
  rowsKept: number;
  rowsLeftOut: number;
  /** The first is (0, header line); another follows wherever the plain count breaks. */
  anchors: LineAnchors;
  leftOut: StructuralReject[];
  blankRows: number;
  /** Editor line of a quote opened and never closed, when the file ends inside one. */
  unterminatedQuoteLine: number | undefined;
}

export interface ScannerOptions {
  delimiter: number;
  newline: number;
  headerLine: number;
  /** The rows' width under a header wider by empty names only (CsvDialect.rowWidth): the header is cut to it. */
  rowWidth?: number;
  maxRecordBytes: number;
  /** How many left-out rows are listed with their value; all are counted. */
  maxListed: number;
  /**
   * A left-out row's bytes as text, for its listing: UTF-8 unless told. A single-byte file is
   * scanned as it is (its delimiters, quotes and newlines are the same ASCII bytes), then decoded.
   */
  toText?: (bytes: Buffer) => string;
}

interface RecordShape {
  fields: number;
  blank: boolean;
  /** Offset of the delimiter after the `width`-th field, -1 when the record is not wider. */
  cutAt: number;
  extraContent: boolean;
  textAfterQuote: boolean;
}

export class CsvRecordScanner {
  private readonly classes = new Uint8Array(256);
  private readonly delimiter: number;
  private readonly newline: number;
  private readonly headerLine: number;
  private readonly rowWidth: number | undefined;
  private readonly maxRecordBytes: number;
  private readonly maxListed: number;
  private readonly toText: (bytes: Buffer) => string;

  // where the parser stands between chunks
  private line = 1;
  private inQuotes = false;
  /** The chunk ended on a quote inside a quoted value: the next byte says whether it closes it. */
  private quoteAtChunkEnd = false;
  private fieldHadContent = false;
  private recordLine = 1;
  private fields = 1;
  private problem: string | undefined;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private discarding = false;
  private discardedHead = Buffer.alloc(0);

  private headerSeen = false;
  private width = 0;
  private lastKeptLine = 0;
  private readonly result: ScanResult;

  constructor(options: ScannerOptions) {
    this.delimiter = options.delimiter;
    this.newline = options.newline;
    this.headerLine = options.headerLine;
    this.rowWidth = options.rowWidth;
    this.maxRecordBytes = options.maxRecordBytes;
    this.maxListed = options.maxListed;
    this.toText = options.toText ?? ((bytes) => bytes.toString('utf8'));
    this.classes[options.delimiter] = delimiterClass;
    this.classes[options.newline] = newlineClass;
    this.classes[quote] = quoteClass;
    this.result = {
      headerRecord: undefined,
      headerLine: options.headerLine,
      rowsRead: 0,
      rowsKept: 0,
      rowsLeftOut: 0,
      anchors: new LineAnchors(),
      leftOut: [],
      blankRows: 0,
      unterminatedQuoteLine: undefined,
    };
  }

  /**
   * Scans one chunk; returns the slices (of it and of earlier chunks) to write out, in order.
   * `badOffsets` are positions the decoder found not to be text in the source encoding.
   */
  push(chunk: Buffer, badOffsets: readonly number[] = []): Buffer[] {
    const out: Buffer[] = [];
    const classes = this.classes;
    const n = chunk.length;
    let badIndex = 0;
    let recordStart = 0; // the record may have begun in an earlier chunk (then `pending` holds it)
    let runStart = 0; // the bytes of this chunk from here on are still to be written
    let fieldStart = 0;
    let line = this.line;
    let inQuotes = this.inQuotes;
    let fields = this.fields;
    let i = 0;

    if (this.quoteAtChunkEnd && n > 0) {
      this.quoteAtChunkEnd = false;
      if (chunk[0] === quote) i = 1; // "" split across chunks: still inside the value
      else {
        inQuotes = false;
        if (this.textFollowsQuote(chunk, 0)) this.problem ??= 'has text after a closing quote';
      }
    }

    for (; i < n; i++) {
      const k = classes[chunk[i]!]!;
      if (k === 0) continue;
      if (inQuotes) {
        if (k === quoteClass) {
          if (i + 1 === n) this.quoteAtChunkEnd = true;
          else if (chunk[i + 1] === quote) i++;
          else {
            inQuotes = false;
            if (this.textFollowsQuote(chunk, i + 1)) this.problem ??= 'has text after a closing quote';
          }
        } else if (k === newlineClass) {
          line++;
        }
        continue;
      }
      if (k === delimiterClass) {
        fields++;
        fieldStart = i + 1;
        continue;
      }
      if (k === quoteClass) {
        // a quote opens a value only at its start (spaces allowed); elsewhere it is a character
        if (this.onlyBlanksBefore(chunk, fieldStart, i, recordStart)) inQuotes = true;
        continue;
      }
      // the newline: the record ends here, newline included
      line++;
      const end = i + 1;
      if (badIndex < badOffsets.length && badOffsets[badIndex]! < end) {
        this.problem ??= notText;
        while (badIndex < badOffsets.length && badOffsets[badIndex]! < end) badIndex++;
      }
      const plainlyFine =
        this.headerSeen &&
        fields === this.width &&
        this.pendingBytes === 0 &&
        this.problem === undefined &&
        this.recordLine === this.lastKeptLine + 1 &&
        end - recordStart > fields + 1 &&
        end - recordStart <= this.maxRecordBytes;
      if (plainlyFine) {
        this.result.rowsRead++;
        this.result.rowsKept++;
        this.lastKeptLine = this.recordLine;
      } else {
        this.fields = fields;
        runStart = this.endRecord(chunk, recordStart, end, runStart, out);
      }
      recordStart = end;
      fieldStart = end;
      this.recordLine = line;
      this.fieldHadContent = false;
      fields = 1;
    }

    if (badIndex < badOffsets.length) this.problem ??= notText;
    if (runStart < recordStart) out.push(chunk.subarray(runStart, recordStart));
    if (recordStart < n) {
      if (!this.discarding) this.pending.push(chunk.subarray(recordStart));
      this.pendingBytes += n - recordStart;
      if (!this.discarding && this.pendingBytes > this.maxRecordBytes) this.startDiscarding();
      this.fieldHadContent = inQuotes || !this.onlyBlanksBefore(chunk, Math.max(fieldStart, recordStart), n, recordStart);
    }
    this.line = line;
    this.inQuotes = inQuotes;
    this.fields = fields;
    return out;
  }

  /** Bytes of the record still unfinished at the end of the last chunk, kept until its end is seen. */
  get unfinishedBytes(): number {
    return this.pendingBytes;
  }

  /** The end of the file: the last record may lack its newline, or a quote may still be open. */
  finish(): { slices: Buffer[]; result: ScanResult } {
    const out: Buffer[] = [];
    if (this.inQuotes && !this.quoteAtChunkEnd) {
      this.result.unterminatedQuoteLine = this.recordLine;
    } else if (this.pendingBytes > 0) {
      const newline = this.lastRecordEnd();
      if (!this.discarding) this.pending.push(newline);
      this.pendingBytes += 1;
      this.endRecord(newline, 1, 1, 1, out);
    }
    return { slices: out, result: this.result };
  }

  /**
   * The newline a last record without one is given: CRLF when the header ends so, for DuckDB's
   * strict reading refuses a last row ended by LF alone among CRLF rows.
   */
  private lastRecordEnd(): Buffer {
    const header = this.result.headerRecord;
    const crlf = this.newline === 0x0a && header !== undefined && header.length > 1 && header[header.length - 2] === 0x0d;
    const last = this.pending.at(-1);
    const endsWithCr = last !== undefined && last.length > 0 && last[last.length - 1] === 0x0d;
    return Buffer.from(crlf && !endsWithCr ? [0x0d, this.newline] : [this.newline]);
  }

  /** The scan stopped before the end of the file (a preview): the unfinished record is dropped. */
  finishCut(): ScanResult {
    return this.result;
  }

  /** Only spaces, tabs or carriage returns in chunk[from, to), and none before this chunk either. */
  private onlyBlanksBefore(chunk: Buffer, from: number, to: number, recordStart: number): boolean {
    if (from === 0 && recordStart === 0 && this.fieldHadContent) return false;
    for (let j = from; j < to; j++) if (!isBlankByte(chunk[j]!)) return false;
    return true;
  }

  /** After a closing quote only blanks may come before the delimiter or the newline. */
  private textFollowsQuote(chunk: Buffer, from: number): boolean {
    for (let j = from; j < chunk.length; j++) {
      const b = chunk[j]!;
      if (b === this.delimiter || b === this.newline) return false;
      if (!isBlankByte(b)) return true;
    }
    return false;
  }

  private startDiscarding() {
    this.discarding = true;
    this.discardedHead = Buffer.concat(this.pending).subarray(0, 400);
    this.pending = [];
  }

  /**
   * The slow path: decides the fate of the record ending at `end` (exclusive) in `chunk`, begun
   * at `start` in it or, when `pending` holds its first part, in an earlier chunk. Returns where
   * the next run of bytes to write starts.
   */
  private endRecord(chunk: Buffer, start: number, end: number, runStart: number, out: Buffer[]): number {
    const recordLine = this.recordLine;
    const length = this.pendingBytes + (end - start);
    const spansChunks = this.pendingBytes > 0;
    const record = this.discarding ? undefined : spansChunks ? Buffer.concat([...this.pending, chunk.subarray(start, end)]) : chunk.subarray(start, end);
    let problem = this.problem;
    if (length > this.maxRecordBytes) problem = `is longer than ${sizeText(this.maxRecordBytes)}`;
    this.problem = undefined;

    let keep: 'all' | 'cut' | 'none' = 'none';
    let cutAt = -1;
    if (!this.headerSeen) {
      if (recordLine >= this.headerLine && record && !this.inspect(record, 0).blank) {
        this.headerSeen = true;
        this.width = this.fields;
        keep = 'all';
        const shape = this.rowWidth === undefined ? undefined : this.inspect(record, this.rowWidth);
        if (shape && shape.fields > this.rowWidth! && !shape.extraContent) {
          this.width = this.rowWidth!;
          keep = 'cut';
          cutAt = shape.cutAt;
        }
        this.result.headerLine = recordLine;
        this.result.headerRecord = keep === 'cut' ? Buffer.concat(this.cutRecord(record, cutAt)) : Buffer.from(record);
        this.result.anchors.add(0, recordLine);
        this.lastKeptLine = recordLine;
      }
    } else {
      const shape = record ? this.inspect(record, this.width) : undefined;
      if (shape?.blank && !problem) {
        this.result.blankRows++;
      } else {
        this.result.rowsRead++;
        if (!problem && shape?.textAfterQuote) problem = 'has text after a closing quote';
        if (!problem && shape && shape.fields !== this.width && !(shape.fields > this.width && !shape.extraContent)) {
          problem = `has ${shape.fields} values where the header has ${this.width}`;
        }
        if (problem) {
          this.leaveOut(recordLine, problem, record);
        } else {
          keep = shape!.fields > this.width ? 'cut' : 'all';
          cutAt = shape!.cutAt;
          const fileRow = ++this.result.rowsKept;
          if (recordLine !== this.lastKeptLine + 1) this.result.anchors.add(fileRow, recordLine);
          this.lastKeptLine = recordLine;
        }
      }
    }

    let nextRun = runStart;
    if (keep === 'all') {
      // a record begun in an earlier chunk: its first part goes out now, the rest is in this chunk's run
      if (spansChunks) out.push(...this.pending);
    } else {
      if (runStart < start) out.push(chunk.subarray(runStart, start));
      if (keep === 'cut') out.push(...this.cutRecord(record!, cutAt));
      nextRun = end;
    }
    this.pending = [];
    this.pendingBytes = 0;
    this.discarding = false;
    return nextRun;
  }

  /** A record cut before the delimiter at `cutAt`, ended as the rows around it: DuckDB's strict reading refuses an LF alone among CRLF rows. */
  private cutRecord(record: Buffer, cutAt: number): Buffer[] {
    return [record.subarray(0, cutAt), Buffer.from(endsWithCrlf(record, this.newline) ? [0x0d, this.newline] : [this.newline])];
  }

  /** A byte-by-byte reading of one whole record, for the records the hot loop did not wave through. */
  private inspect(record: Buffer, width: number): RecordShape {
    const shape: RecordShape = { fields: 1, blank: true, cutAt: -1, extraContent: false, textAfterQuote: false };
    let inQuotes = false;
    let afterQuote = false;
    let fieldBlank = true;
    const body = record.length > 0 && record[record.length - 1] === this.newline ? record.length - 1 : record.length;
    for (let j = 0; j < body; j++) {
      const b = record[j]!;
      if (inQuotes) {
        if (b === quote) {
          if (record[j + 1] === quote) j++;
          else {
            inQuotes = false;
            afterQuote = true;
          }
        }
        if (shape.cutAt >= 0) shape.extraContent = true;
        continue;
      }
      if (b === this.delimiter) {
        shape.fields++;
        if (shape.fields === width + 1 && width > 0) shape.cutAt = j;
        afterQuote = false;
        fieldBlank = true;
        continue;
      }
      if (isBlankByte(b)) continue;
      if (afterQuote) shape.textAfterQuote = true;
      if (b === quote && fieldBlank) {
        inQuotes = true;
        if (j + 1 < body && record[j + 1] !== quote) shape.blank = false;
      } else {
        shape.blank = false;
      }
      fieldBlank = false;
      if (shape.cutAt >= 0) shape.extraContent = true;
    }
    return shape;
  }

  private leaveOut(line: number, reason: string, record: Buffer | undefined) {
    this.result.rowsLeftOut++;
    if (this.result.leftOut.length >= this.maxListed) return;
    const head = (record ?? this.discardedHead).subarray(0, 400);
    const value = this.toText(head).replace(/\r?\n$/, '').slice(0, 200);
    this.result.leftOut.push({ line, value, reason });
  }
}

/** Whether a record (with or without its newline) ends in CR LF. */
function endsWithCrlf(record: Buffer, newline: number): boolean {
  const last = record.length - 1;
  return newline === 0x0a && (record[last] === 0x0d || (record[last] === 0x0a && record[last - 1] === 0x0d));
}
