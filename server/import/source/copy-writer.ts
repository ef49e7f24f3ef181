import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

/** Where the copy's bytes go, in order: each chunk as the scanner kept it, in the source's encoding. */
export interface CopyWriter {
  write(chunks: Buffer[]): Promise<void>;
  /** Waits for every chunk to be written, then closes the file. */
  close(): Promise<void>;
}

/** Writes the chunks as UTF-8 in this thread: as they are, or through `toUtf8`. */
export async function openCopyInThread(copyPath: string, toUtf8?: (bytes: Buffer) => Buffer): Promise<CopyWriter> {
  const output = await fs.promises.open(copyPath, 'w');
  return {
    write: async (chunks) => {
      if (chunks.length > 0) await output.writev(toUtf8 ? chunks.map(toUtf8) : chunks);
    },
    close: () => output.close(),
  };
}

/** Chunks handed over and not yet written: enough to keep the worker busy, few enough to hold little memory (1 MiB each). */
const maxInFlight = 8;

/**
 * Transcodes a single-byte file's chunks to UTF-8 and writes them in a worker thread
 * (transcode-worker.ts), while this thread goes on scanning the next ones: at 10M lines of
 * Windows-1252 the two took 2.2 and 2.4 s one after the other on one core, while DuckDB, which
 * waits for the copy, left the other core idle. Each write copies the chunks into one buffer of its
 * own, moved to the worker without a second copy; writes wait while `maxInFlight` are pending.
 * Starting the worker takes about 0.2 s: worth it for large files only (prepare-source.ts).
 */
export async function openTranscodingCopy(copyPath: string, encoding: string): Promise<CopyWriter> {
  // the worker loads its TypeScript as the server does (bin/inversa.mjs)
  const worker = new Worker(new URL('./transcode-worker.mjs', import.meta.url), { workerData: { copyPath, encoding } });
  let inFlight = 0;
  let closing = false;
  let failure: Error | undefined;
  let wake: () => void = () => {};
  const changed = () => new Promise<void>((resolve) => (wake = resolve));
  const ended = new Promise<void>((resolve) => worker.on('exit', () => resolve()));
  worker.on('message', () => {
    inFlight--;
    wake();
  });
  worker.on('error', (error) => {
    failure = error;
    wake();
  });
  worker.on('exit', () => {
    if (!closing) failure ??= new Error('the transcoding worker stopped before the copy was written');
    wake();
  });
  /** Waits until at most `limit` chunks are pending; throws what the worker failed with. */
  const drain = async (limit: number) => {
    while (inFlight > limit && !failure) await changed();
    if (failure) throw failure;
  };
  return {
    async write(chunks) {
      if (chunks.length === 0) return;
      await drain(maxInFlight - 1);
      const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
      // a buffer of its own (never Node's shared pool), so it can be moved, not copied
      const owned = Buffer.allocUnsafeSlow(total);
      let at = 0;
      for (const chunk of chunks) at += chunk.copy(owned, at);
      inFlight++;
      worker.postMessage(owned.buffer, [owned.buffer]);
    },
    async close() {
      await drain(0);
      closing = true;
      worker.postMessage('close');
      await ended;
      if (failure) throw failure;
    },
  };
}
