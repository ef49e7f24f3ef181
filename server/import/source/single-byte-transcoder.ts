import { isAscii } from 'node:buffer';
import iconv from 'iconv-lite';

/**
 * Transcodes a single-byte code page (Windows-1252) to UTF-8 through a 256-entry table that
 * iconv-lite fills, one decode per byte value, so iconv-lite stays the authority on what each
 * byte means (0x80 is €, 0x93 is “). Going byte → UTF-8 bytes directly skips the JavaScript string
 * iconv-lite's stream builds and re-encodes: on a 750 MB export that is most of the import's
 * Node time. Being stateless per byte, it works chunk by chunk with nothing carried over.
 */
export class SingleByteTranscoder {
  /** Four bytes per byte value: how many UTF-8 bytes it becomes (1–3), then those bytes. */
  private readonly table = new Uint8Array(256 * 4);

  constructor(encoding: string) {
    for (let byte = 0; byte < 256; byte++) {
      const utf8 = Buffer.from(iconv.decode(Buffer.from([byte]), encoding), 'utf8');
      this.table[byte * 4] = utf8.length;
      this.table.set(utf8, byte * 4 + 1);
    }
  }

  transcode(chunk: Buffer): Buffer {
    if (isAscii(chunk)) return chunk;
    const table = this.table;
    const out = Buffer.allocUnsafe(chunk.length * 3);
    const n = chunk.length;
    let o = 0;
    for (let i = 0; i < n; i++) {
      const byte = chunk[i]!;
      if (byte < 0x80) {
        out[o++] = byte;
        continue;
      }
      const at = byte << 2;
      const length = table[at]!;
      out[o++] = table[at + 1]!;
      if (length > 1) out[o++] = table[at + 2]!;
      if (length > 2) out[o++] = table[at + 3]!;
    }
    return out.subarray(0, o);
  }
}
