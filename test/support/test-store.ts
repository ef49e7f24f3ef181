import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../server/app.ts';
import { importFile } from '../../server/import/import-file.ts';
import { Database } from '../../server/store/database.ts';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const smallShop = {
  orders: path.join(fixturesDir, 'small-shop', 'orders.csv'),
  returns: path.join(fixturesDir, 'small-shop', 'returns.csv'),
};

/** A real in-memory DuckDB with the schema, and the app over it: what each API test starts from. */
export async function openTestStore(options: { withSmallShop?: boolean } = {}) {
  const db = await Database.open({ path: ':memory:', threads: 2, readers: 2 });
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-test-uploads-'));
  if (options.withSmallShop) {
    await importFile(db, { filePath: smallShop.orders, fileName: 'orders.csv', kind: 'orders' });
    await importFile(db, { filePath: smallShop.returns, fileName: 'returns.csv', kind: 'returns' });
  }
  const app = createApp({
    db,
    uploadDir,
    settings: { host: '127.0.0.1', token: undefined, maxUploadBytes: 5 * 1024 * 1024, returnWindowDays: 30 },
  });
  return {
    db,
    app,
    uploadDir,
    close() {
      db.close();
      fs.rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}

/** Writes a small text file into a fresh temp folder and returns its path. */
export function writeTempFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-test-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}
