import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import type { EncodingGuess, SourceEncoding } from './detect-encoding.ts';
import { SingleByteTranscoder } from './single-byte-transcoder.ts';

export interface DecodedChunk {
  /** The chunk as UTF-8. */
  bytes: Buffer;
  /** Offsets in `bytes` where the source held bytes that are not text in its encoding (replaced by '?'). */
  badOffsets: number[];
}

const noBadOffsets: number[] = [];

/** The length of the UTF-8 character that starts with `lead`, or 0 when it cannot start one. */
function utf8Length(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Bytes at the end of `chunk` that begin a character the next chunk completes. */
function cutTailLength(chunk: Buffer): number {
  for (let back = 1; back <= 3 && back <= chunk.length; back++) {
    const byte = chunk[chunk.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = utf8Length(byte);
    return needed > back ? back : 0;
  }
  return 0;
}

/**
 * The slow path, for the rare chunk that is not valid UTF-8: each byte that does not belong to a
 * well-formed character becomes '?', in place, so offsets stay put and the rows holding them can
 * be named. Overlong forms and surrogates are caught by `isUtf8` on the rebuilt character.
 */
function replaceInvalidUtf8(chunk: Buffer): DecodedChunk {
  const bytes = Buffer.from(chunk);
  const badOffsets: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const length = utf8Length(bytes[i]!);
    const whole = length > 0 && i + length <= bytes.length && isUtf8(bytes.subarray(i, i + length));
    if (whole) {
      i += length;
    } else {
      badOffsets.push(i);
      bytes[i] = 0x3f;
      i += 1;
    }
  }
  return { bytes, badOffsets };
}

/**
 * Turns the file's bytes into UTF-8, chunk by chunk, holding no more than one chunk. UTF-8 passes
 * through after a native validity check; Windows-1252 and UTF-16 are decoded by iconv-lite's
 * tables (Node's own TextDecoder maps 0x80 wrongly, and DuckDB's latin-1 refuses 0x80–0x9F).
 * A file whose first part was plain ASCII and that then shows a byte that is not UTF-8 is
 * Windows-1252 from there on: the ASCII already passed is the same in both.
 */
export class Utf8Decoder {
  private mode: SourceEncoding;
  private asciiSoFar: boolean;
  private skipBom: number;
  private carry: Buffer | undefined;
  private utf16: ReturnType<typeof iconv.getDecoder> | undefined;
  private singleByte: SingleByteTranscoder | undefined;
  private highSurrogate = '';

  constructor(guess: EncodingGuess) {
    this.mode = guess.encoding;
    this.asciiSoFar = guess.asciiSoFar;
    this.skipBom = guess.encoding === 'utf-8-bom' ? guess.bomLength : 0;
    if (guess.encoding === 'windows-1252') this.singleByte = new SingleByteTranscoder('windows-1252');
    if (guess.encoding === 'utf-16le' || guess.encoding === 'utf-16be') this.utf16 = iconv.getDecoder(guess.encoding);
  }

  /** The encoding as finally read: it can change from utf-8 to windows-1252 part way. */
  get encoding(): SourceEncoding {
    return this.mode;
  }

  decode(input: Buffer): DecodedChunk {
    let chunk = input;
    if (this.skipBom > 0) {
      const skipped = Math.min(this.skipBom, chunk.length);
      chunk = chunk.subarray(skipped);
      this.skipBom -= skipped;
    }
    if (this.singleByte) return { bytes: this.singleByte.transcode(chunk), badOffsets: noBadOffsets };
    if (this.utf16) return { bytes: Buffer.from(this.utf16Text(this.utf16.write(chunk)), 'utf8'), badOffsets: noBadOffsets };
    if (this.carry) {
      chunk = Buffer.concat([this.carry, chunk]);
      this.carry = undefined;
    }
    if (this.asciiSoFar && isAscii(chunk)) return { bytes: chunk, badOffsets: noBadOffsets };
    const tail = cutTailLength(chunk);
    const body = tail > 0 ? chunk.subarray(0, chunk.length - tail) : chunk;
    if (tail > 0) this.carry = Buffer.from(chunk.subarray(chunk.length - tail));
    if (isUtf8(body)) {
      this.asciiSoFar = false;
      return { bytes: body, badOffsets: noBadOffsets };
    }
    if (this.asciiSoFar) {
      this.mode = 'windows-1252';
      this.singleByte = new SingleByteTranscoder('windows-1252');
      this.carry = undefined;
      return { bytes: this.singleByte.transcode(chunk), badOffsets: noBadOffsets };
    }
    return replaceInvalidUtf8(body);
  }

  /** A chunk may end between the two halves of a surrogate pair: the first half waits for the second. */
  private utf16Text(text: string, last = false): string {
    const whole = this.highSurrogate + text;
    this.highSurrogate = '';
    const code = whole.charCodeAt(whole.length - 1);
    if (last || !(code >= 0xd800 && code <= 0xdbff)) return whole;
    this.highSurrogate = whole.slice(-1);
    return whole.slice(0, -1);
  }

  /** What is left at the end of the file: a character cut by the end of the file is not text. */
  end(): DecodedChunk {
    if (this.singleByte) return { bytes: Buffer.alloc(0), badOffsets: noBadOffsets };
    if (this.utf16) return { bytes: Buffer.from(this.utf16Text(this.utf16.end() ?? '', true), 'utf8'), badOffsets: noBadOffsets };
    const carry = this.carry;
    this.carry = undefined;
    if (!carry) return { bytes: Buffer.alloc(0), badOffsets: noBadOffsets };
    return replaceInvalidUtf8(carry);
  }
}
