import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { ImportError } from './import-error.ts';

export interface UploadedFile {
  filePath: string;
  /** The name the client gave, reduced to a plain file name for the log. */
  fileName: string;
}

export interface Upload extends UploadedFile {
  /** Every `file` part, in the order sent; the first is also `filePath`/`fileName`. */
  files: UploadedFile[];
  fields: Record<string, string>;
  remove(): Promise<void>;
}

/** Files one drop may carry: an export's orders and returns, a few months of a ledger. */
export const maxFilesPerUpload = 10;

/** Keeps the last path segment and printable characters only: "../../etc/x.csv" → "x.csv". */
export function plainFileName(name: string): string {
  const base = path.basename(name.replaceAll('\\', '/'));
  const printable = base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(0, 200);
  return printable === '' || printable === '.' || printable === '..' ? 'upload.csv' : printable;
}

/**
 * Streams a multipart upload's `file` parts (one, or up to ten dropped together) to temp files
 * in `uploadDir`, never holding one whole in memory, and stops at `maxBytes` for the upload.
 * The other parts are small text fields.
 */
export async function receiveUpload(request: Request, uploadDir: string, maxBytes: number): Promise<Upload> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    throw new ImportError(415, 'unsupported_media_type', 'Send the file as multipart/form-data with a "file" field.');
  }
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes + 64 * 1024) {
    throw new ImportError(413, 'file_too_large', `The file is larger than the limit of ${maxBytes} bytes (INVERSA_MAX_UPLOAD).`);
  }
  if (!request.body) throw new ImportError(422, 'no_file', 'The request has no "file" field.');
  await fsp.mkdir(uploadDir, { recursive: true });
  const tempDir = await fsp.mkdtemp(path.join(uploadDir, 'upload-'));
  const remove = () => fsp.rm(tempDir, { recursive: true, force: true });

  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  let tooLarge = false;
  let tooMany = false;
  const writes: Promise<void>[] = [];
  try {
    const parser = busboy({ headers: { 'content-type': contentType }, limits: { fileSize: maxBytes, files: maxFilesPerUpload, fields: 10, fieldSize: 1024 * 1024 } });
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    // a file past the limit would be dropped unread: the whole upload is refused instead
    parser.on('filesLimit', () => {
      tooMany = true;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      const filePath = path.join(tempDir, `upload-${files.length + 1}`);
      files.push({ filePath, fileName: plainFileName(info.filename ?? 'upload.csv') });
      stream.on('limit', () => {
        tooLarge = true;
      });
      const write = pipeline(stream, fs.createWriteStream(filePath));
      // Awaited below; a client that drops the connection fails it before then, and an
      // unobserved rejection would take the whole server down.
      write.catch(() => {});
      writes.push(write);
    });
    await pipeline(Readable.fromWeb(request.body as WebReadableStream<Uint8Array>), parser);
    await Promise.all(writes);
  } catch (error) {
    await Promise.allSettled(writes);
    await remove();
    if (error instanceof ImportError) throw error;
    throw new ImportError(422, 'bad_upload', `The upload could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (tooLarge) {
    await remove();
    throw new ImportError(413, 'file_too_large', `The file is larger than the limit of ${maxBytes} bytes (INVERSA_MAX_UPLOAD).`);
  }
  if (tooMany) {
    await remove();
    throw new ImportError(422, 'too_many_files', `At most ${maxFilesPerUpload} files can be imported together; send the others in another drop.`);
  }
  const [first] = files;
  if (!first) {
    await remove();
    throw new ImportError(422, 'no_file', 'The request has no "file" field.');
  }
  return { ...first, files, fields, remove };
}
