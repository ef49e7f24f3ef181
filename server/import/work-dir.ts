import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A temp folder for an import's UTF-8 copy of the file, removed whatever happens. */
export async function withWorkDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'inversa-import-'));
  try {
    return await work(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
