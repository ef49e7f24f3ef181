import fs from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from '../import-error.ts';
import { detectDialect, parseSampleRecords, type Delimiter } from './csv-dialect.ts';
import { CsvRecordScanner, type StructuralReject } from './csv-record-scanner.ts';
import type { LineAnchors } from './line-anchors.ts';
import { Utf8Decoder } from './decode-to-utf8.ts';
import { detectEncoding, type SourceEncoding } from './detect-encoding.ts';
import { distinctHeaderNames } from './header-names.ts';
import { openSourceStream, startsWithBytes } from './source-stream.ts';
import { workbookToCsv, type WorkbookSheets } from './workbook-to-csv.ts';

export interface PreparedSource {
  /** A UTF-8 copy with the header on line 1 and only rows DuckDB can read strictly. */
  csvPath: string;
  /** `xlsx` for a workbook, whose chosen sheet was written as UTF-8 CSV first. */
  encoding: SourceEncoding | 'xlsx';
  delimiter: Delimiter;
  headers: string[];
  /** Header names that appear more than once in the file. */
  repeatedHeaders: string[];
  headerLine: number;
  rowsRead: number;
  rowsKept: number;
  rowsLeftOut: number;
  leftOut: StructuralReject[];
  anchors: LineAnchors;
  /**
   * The anchors as a `file_row,line` CSV beside the copy, for DuckDB: a bound list of millions of
   * anchors would take far more memory than the scan did.
   */
  anchorsPath: string;
  /** False when a preview stopped before the end of the file. */
  complete: boolean;
  /** For a workbook: its sheets and the one read. */
  workbook?: WorkbookSheets;
}

export interface PrepareOptions {
  /** Folder for the UTF-8 copy; the caller removes it. */
  workDir: string;
  delimiter?: Delimiter;
  /** A workbook's sheet to read, by name; else the one that holds the data. */
  sheet?: string;
  /** Stop after this many bytes of content (a preview reads the head of a file only). */
  maxContentBytes?: number;
  maxListedRejects: number;
  onBytes?: (bytesRead: number, totalBytes: number) => void;
}

const sampleBytes = 256 * 1024;
const zipMagic = [0x50, 0x4b, 0x03, 0x04];
/** A row longer than this is not data anyone exported on purpose. */
export const maxRecordBytes = 1024 * 1024;

/**
 * Reads the file once, as a stream: detects its encoding and shape from the first 256 KiB, then
 * transcodes and scans every byte, writing the UTF-8 copy DuckDB reads. Heap use stays at a few
 * chunks whatever the file size.
 */
export async function prepareSource(filePath: string, options: PrepareOptions): Promise<PreparedSource> {
  // An .xlsx is a zip: its sheet is read from a CSV written the one way, comma-separated.
  const workbook = (await startsWithBytes(filePath, zipMagic)) ? await workbookToCsv(filePath, { workDir: options.workDir, sheet: options.sheet }) : undefined;
  const delimiter = workbook ? ',' : options.delimiter;
  const source = await openSourceStream(workbook?.csvPath ?? filePath);
  const output = await fs.open(path.join(options.workDir, 'source.csv'), 'w');
  try {
    const head: Buffer[] = [];
    let headBytes = 0;
    let ended = false;
    while (headBytes < sampleBytes) {
      const next = await source.chunks.next();
      if (next.done) {
        ended = true;
        break;
      }
      head.push(next.value);
      headBytes += next.value.length;
    }
    const sample = Buffer.concat(head);
    const guess = detectEncoding(sample);
    const sampleText = decodeSample(sample, guess, ended);
    if (sampleText.trim() === '') throw new ImportError(422, 'empty_file', 'The file is empty: it holds no text.');
    const dialect = detectDialect(sampleText, ended, delimiter) ?? firstLineAsHeader(sampleText, delimiter);

    const decoder = new Utf8Decoder(guess);
    const scanner = new CsvRecordScanner({
      delimiter: dialect.delimiter.charCodeAt(0),
      newline: dialect.newline.charCodeAt(0),
      headerLine: dialect.headerLine,
      maxRecordBytes,
      maxListed: options.maxListedRejects,
    });
    let contentBytes = 0;
    let reported = 0;
    const feed = async (chunk: Buffer) => {
      const decoded = decoder.decode(chunk);
      const slices = scanner.push(decoded.bytes, decoded.badOffsets);
      if (slices.length > 0) await output.writev(slices);
    };
    for (const chunk of head) await feed(chunk);
    contentBytes = headBytes;
    const limit = options.maxContentBytes ?? Infinity;
    while (!ended && contentBytes < limit) {
      const next = await source.chunks.next();
      if (next.done) {
        ended = true;
        break;
      }
      contentBytes += next.value.length;
      await feed(next.value);
      if (options.onBytes && source.bytesRead() - reported >= 16 * 1024 * 1024) {
        reported = source.bytesRead();
        options.onBytes(reported, source.totalBytes);
      }
    }
    // a preview stops early: the row cut by the limit is not a row
    const cutShort = !ended;
    const last = decoder.end();
    if (last.bytes.length > 0 && !cutShort) await output.writev(scanner.push(last.bytes, last.badOffsets));
    const { slices, result } = cutShort ? { slices: [], result: scanner.finishCut() } : scanner.finish();
    if (slices.length > 0) await output.writev(slices);
    options.onBytes?.(source.totalBytes, source.totalBytes);

    if (result.unterminatedQuoteLine !== undefined) {
      const line = result.unterminatedQuoteLine;
      throw new ImportError(
        422,
        'unterminated_quote',
        `Line ${line} opens a quoted value that is never closed, so everything after it would be read as one value. Close the quote and import again.`,
        { line },
      );
    }
    if (!result.headerRecord) throw new ImportError(422, 'empty_file', 'The file has no header row.');
    const headerText = result.headerRecord.toString('utf8');
    const [headerCells] = parseSampleRecords(headerText, dialect.delimiter, dialect.newline, true, 1);
    const { headers, repeated } = distinctHeaderNames(headerCells?.fields ?? []);
    const anchorsPath = path.join(options.workDir, 'line_anchors.csv');
    await result.anchors.writeCsv(anchorsPath);
    return {
      csvPath: path.join(options.workDir, 'source.csv'),
      encoding: workbook ? 'xlsx' : decoder.encoding,
      delimiter: dialect.delimiter,
      headers,
      repeatedHeaders: repeated,
      headerLine: result.headerLine,
      rowsRead: result.rowsRead,
      rowsKept: result.rowsKept,
      rowsLeftOut: result.rowsLeftOut,
      leftOut: result.leftOut,
      anchors: result.anchors,
      anchorsPath,
      complete: !cutShort,
      workbook: workbook && { sheets: workbook.sheets, sheet: workbook.sheet },
    };
  } finally {
    source.close();
    await output.close();
  }
}

function decodeSample(sample: Buffer, guess: ReturnType<typeof detectEncoding>, whole: boolean): string {
  const decoder = new Utf8Decoder(guess);
  const first = decoder.decode(sample).bytes;
  const rest = whole ? decoder.end().bytes : Buffer.alloc(0);
  return Buffer.concat([first, rest]).toString('utf8');
}

/** A file whose rows have one column: its first non-blank line is the header. */
function firstLineAsHeader(text: string, delimiter: Delimiter = ','): ReturnType<typeof detectDialect> & object {
  const newline = text.includes('\n') ? '\n' : '\r';
  const lines = text.split(newline);
  const index = lines.findIndex((l) => l.trim() !== '');
  return { delimiter, newline, headerLine: index + 1, headers: [lines[index]!.trim()] };
}
