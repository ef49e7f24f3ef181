import fs from 'node:fs';
import { createGunzip } from 'node:zlib';

export interface SourceStream {
  /** The file's content, decompressed when it is gzipped, in chunks of about 1 MiB. */
  chunks: AsyncIterator<Buffer>;
  /** Bytes of the file itself read so far (compressed bytes for a .gz), for progress. */
  bytesRead(): number;
  totalBytes: number;
  /** The file is gzipped: its content is not its bytes. */
  gzipped: boolean;
  close(): void;
}

const chunkSize = 1024 * 1024;

/** Whether the file begins with these bytes: a format's magic number, read before choosing how to read the rest. */
export async function startsWithBytes(filePath: string, magic: readonly number[]): Promise<boolean> {
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(magic.length), 0, magic.length, 0);
    return bytesRead === magic.length && magic.every((byte, i) => buffer[i] === byte);
  } finally {
    await handle.close();
  }
}

/** Opens a file for one streaming pass; a gzipped export (the demo data is one) is inflated on the way. */
export async function openSourceStream(filePath: string): Promise<SourceStream> {
  const totalBytes = (await fs.promises.stat(filePath)).size;
  const file = fs.createReadStream(filePath, { highWaterMark: chunkSize });
  const gzipped = await startsWithBytes(filePath, [0x1f, 0x8b]);
  const content = gzipped ? file.pipe(createGunzip({ chunkSize })) : file;
  return {
    chunks: content[Symbol.asyncIterator](),
    bytesRead: () => file.bytesRead,
    totalBytes,
    gzipped,
    close: () => {
      file.destroy();
      content.destroy();
    },
  };
}
