import { isAscii, isUtf8 } from 'node:buffer';
import { ImportError } from '../import-error.ts';

/**
 * The encodings an export arrives in. `utf-8` may still turn out to be Windows-1252 later in the
 * file (see decode-to-utf8.ts): a sample of plain ASCII says nothing about the bytes after it.
 */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface EncodingGuess {
  encoding: SourceEncoding;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
  /** True while every byte seen was ASCII, so the choice between UTF-8 and Windows-1252 is still open. */
  asciiSoFar: boolean;
}

// Magic numbers of the files people most often rename to .csv by mistake, with what to do instead.
const knownBinaries: Array<[magic: number[], what: string]> = [
  // a workbook is read before this (prepare-source.ts): a zip here came inside a gzip
  [[0x50, 0x4b, 0x03, 0x04], 'This is a zip archive, not a CSV export. Unzip it and import the CSV or Excel workbook (.xlsx) inside.'],
  // an encrypted .xlsx is an OLE file too
  [[0xd0, 0xcf, 0x11, 0xe0], 'This is an old Excel workbook (.xls), or a password-protected one, which cannot be read. Open it in Excel and save it as Excel Workbook (.xlsx) without a password, or save the sheet as CSV, and import that.'],
  [[0x25, 0x50, 0x44, 0x46], 'This is a PDF, not a CSV export.'],
  [[0x89, 0x50, 0x4e, 0x47], 'This is a PNG image, not a CSV export.'],
  [[0xff, 0xd8, 0xff], 'This is a JPEG image, not a CSV export.'],
  [[0x47, 0x49, 0x46, 0x38], 'This is a GIF image, not a CSV export.'],
];

const startsWith = (sample: Buffer, magic: number[]) => magic.every((byte, i) => sample[i] === byte);

/**
 * Weighs the non-ASCII bytes of a sample: how many form well-made UTF-8 characters and how many
 * do not. "Ã©" in Windows-1252 text is rare; a UTF-8 export with one cut character is not.
 */
function utf8Evidence(sample: Buffer): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < sample.length) {
    const lead = sample[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length > 0 && i + length > sample.length) break; // cut by the end of the sample
    if (length > 0 && isUtf8(sample.subarray(i, i + length))) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** UTF-16 without a byte-order mark shows as a zero byte beside nearly every ASCII character. */
function utf16WithoutBom(sample: Buffer): SourceEncoding | undefined {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenZeros++;
    if (sample[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Decides the encoding from the first bytes of the file: a byte-order mark when there is one,
 * else UTF-8 when the sample is valid UTF-8, else Windows-1252 (a superset of Latin-1 that also
 * has “ ” – €). Refuses files that are not text at all, naming what they look like.
 */
export function detectEncoding(sample: Buffer): EncodingGuess {
  if (sample.length === 0) throw new ImportError(422, 'empty_file', 'The file is empty.');
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8-bom', bomLength: 3, asciiSoFar: false };
  if (startsWith(sample, [0xff, 0xfe])) return { encoding: 'utf-16le', bomLength: 2, asciiSoFar: false };
  if (startsWith(sample, [0xfe, 0xff])) return { encoding: 'utf-16be', bomLength: 2, asciiSoFar: false };
  for (const [magic, what] of knownBinaries) {
    if (startsWith(sample, magic)) throw new ImportError(415, 'not_text', what);
  }
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, bomLength: 0, asciiSoFar: false };
  if (sample.includes(0)) {
    throw new ImportError(415, 'not_text', 'This is not a text file (it holds binary bytes). Export the data as CSV and try again.');
  }
  if (isAscii(sample)) return { encoding: 'utf-8', bomLength: 0, asciiSoFar: true };
  const { valid, invalid } = utf8Evidence(sample);
  if (valid > 0 && valid >= invalid) return { encoding: 'utf-8', bomLength: 0, asciiSoFar: false };
  return { encoding: 'windows-1252', bomLength: 0, asciiSoFar: false };
}
