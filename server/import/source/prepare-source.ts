import path from 'node:path';
import { ImportError } from '../import-error.ts';
import { detectDialect, parseSampleRecords, type Delimiter } from './csv-dialect.ts';
import { CsvRecordScanner, type StructuralReject } from './csv-record-scanner.ts';
import type { LineAnchors } from './line-anchors.ts';
import { Utf8Decoder, type DecodedChunk } from './decode-to-utf8.ts';
import { detectEncoding, type SourceEncoding } from './detect-encoding.ts';
import { distinctHeaderNames } from './header-names.ts';
import { readsAsLatin1 } from './latin1-reading.ts';
import { SingleByteTranscoder } from './single-byte-transcoder.ts';
import { openCopyInThread, openTranscodingCopy } from './copy-writer.ts';
import { SourceCopy, type CsvEncoding } from './source-copy.ts';
import { openSourceStream, startsWithBytes } from './source-stream.ts';
import { workbookToCsv, type WorkbookSheets } from './workbook-to-csv.ts';

export interface PreparedSource {
  /**
   * What DuckDB reads: the header on line 1 and only rows it can read strictly. The file itself
   * when it already is that (see source-copy.ts), else a UTF-8 copy.
   */
  csvPath: string;
  /** How DuckDB reads `csvPath`. */
  csvEncoding: CsvEncoding;
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
/**
 * A single-byte file this large is transcoded in a worker thread beside the scan (copy-writer.ts):
 * in this thread, 64 MiB take about as long as starting the worker.
 */
const transcodeInWorkerFrom = 64 * 1024 * 1024;
/** A row longer than this is not data anyone exported on purpose. */
export const maxRecordBytes = 1024 * 1024;

/**
 * Reads the file once, as a stream: detects its encoding and shape from the first 256 KiB, then
 * scans every byte, and writes the UTF-8 copy DuckDB reads only from where it must differ from
 * the file (source-copy.ts). Windows-1252 is scanned as it is and transcoded only as it is
 * copied: a file of it without 0x80–0x9F is read by DuckDB as Latin-1, never transcoded here.
 * Heap use stays at a few chunks whatever the file size.
 */
export async function prepareSource(filePath: string, options: PrepareOptions): Promise<PreparedSource> {
  // An .xlsx is a zip: its sheet is read from a CSV written the one way, comma-separated.
  const workbook = (await startsWithBytes(filePath, zipMagic)) ? await workbookToCsv(filePath, { workDir: options.workDir, sheet: options.sheet }) : undefined;
  const delimiter = workbook ? ',' : options.delimiter;
  const sourcePath = workbook?.csvPath ?? filePath;
  const source = await openSourceStream(sourcePath);
  let copy: SourceCopy | undefined;
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
    if (dialect.secondHeader) {
      const { line, names } = dialect.secondHeader;
      throw new ImportError(
        422,
        'two_header_rows',
        `Line ${line} names columns under the header on line ${dialect.headerLine} (${names.map((name) => `"${name}"`).join(', ')}), some of which the header leaves blank: a header over two rows, whose columns cannot be told apart. Give each column one name on one row (such as "Fecha de devolución") and import again.`,
        { line, names },
      );
    }

    // a single-byte file is scanned as it is: its delimiters, quotes and newlines are ASCII
    const transcoder = guess.encoding === 'windows-1252' ? new SingleByteTranscoder('windows-1252') : undefined;
    const toUtf8 = transcoder ? (bytes: Buffer) => transcoder.transcode(bytes) : (bytes: Buffer) => bytes;
    const decoder = transcoder ? undefined : new Utf8Decoder(guess);
    const scanner = new CsvRecordScanner({
      delimiter: dialect.delimiter.charCodeAt(0),
      newline: dialect.newline.charCodeAt(0),
      headerLine: dialect.headerLine,
      rowWidth: dialect.rowWidth,
      maxRecordBytes,
      maxListed: options.maxListedRejects,
      toText: (bytes) => toUtf8(bytes).toString('utf8'),
    });
    copy = await SourceCopy.open({
      sourcePath,
      copyPath: path.join(options.workDir, 'source.csv'),
      // a preview reads the head only; a workbook's sheet and a gzipped file are copies or streams already
      mayReadSource:
        !workbook && !source.gzipped && options.maxContentBytes === undefined && (guess.encoding === 'utf-8' || guess.encoding === 'windows-1252') && readableWhereItLies(sourcePath),
      sourceEncoding: transcoder ? 'latin-1' : 'utf-8',
      openCopy: (copyPath) =>
        // a preview reads the head of the file only: never worth a worker
        transcoder && options.maxContentBytes === undefined && source.totalBytes >= transcodeInWorkerFrom
          ? openTranscodingCopy(copyPath, 'windows-1252')
          : openCopyInThread(copyPath, transcoder && toUtf8),
    });
    const sourceCopy = copy;
    let scanned = 0;
    let contentBytes = 0;
    let reported = 0;
    const scan = async (chunk: Buffer, decoded: DecodedChunk) => {
      // DuckDB reads the file as it is only while it is valid UTF-8, or Windows-1252 that Latin-1 reads alike
      const readableAsIs = decoder ? decoder.encoding === 'utf-8' && decoded.badOffsets.length === 0 : readsAsLatin1(chunk);
      if (sourceCopy.readingSource && !readableAsIs) await sourceCopy.startCopy();
      const slices = scanner.push(decoded.bytes, decoded.badOffsets);
      scanned += decoded.bytes.length;
      await sourceCopy.write(slices, scanned - scanner.unfinishedBytes);
    };
    const feed = (chunk: Buffer) => scan(chunk, decoder ? decoder.decode(chunk) : { bytes: chunk, badOffsets: [] });
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
    const last = decoder?.end();
    if (last && last.bytes.length > 0 && !cutShort) await scan(last.bytes, last);
    const { slices, result } = cutShort ? { slices: [], result: scanner.finishCut() } : scanner.finish();
    await copy.finish(slices, scanned);
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
    const headerText = toUtf8(result.headerRecord).toString('utf8');
    const [headerCells] = parseSampleRecords(headerText, dialect.delimiter, dialect.newline, true, 1);
    const { headers, repeated } = distinctHeaderNames(headerCells?.fields ?? []);
    const anchorsPath = path.join(options.workDir, 'line_anchors.csv');
    await result.anchors.writeCsv(anchorsPath);
    return {
      ...copy.result(),
      encoding: workbook ? 'xlsx' : (decoder?.encoding ?? 'windows-1252'),
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
      workbook: workbook && {
        sheets: workbook.sheets,
        sheet: workbook.sheet,
        numberTextColumns: workbook.numberTextColumns,
        decimalNumberColumns: workbook.decimalNumberColumns,
        sheetsLeftOut: workbook.sheetsWithHeader(headerCells?.fields ?? []),
      },
    };
  } finally {
    source.close();
    await copy?.close();
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

/**
 * Whether DuckDB reads this path as the one file it names: it takes `*`, `?`, `[…]` and `{…}` in a
 * path for a pattern (`ventas [1].csv` would read `ventas 1.csv`), and a compression extension for
 * the file's compression. Any other path is read through the copy.
 */
function readableWhereItLies(sourcePath: string): boolean {
  return !/[*?[\]{}]/.test(sourcePath) && !/\.(gz|gzip|zst|zstd|bz2|xz|lz4|snappy)$/i.test(sourcePath);
}
