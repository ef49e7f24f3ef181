import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../server/import/import-file.ts';
import { Database } from '../../server/store/database.ts';
import { writeLargeOrdersFile } from '../support/large-orders-file.ts';
import { smallShop } from '../support/test-store.ts';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-kill-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

async function snapshot(dbPath: string) {
  const db = await Database.open({ path: dbPath, readers: 1 });
  try {
    return {
      orderLines: await db.all('SELECT order_id, sku, line_no, quantity, unit_price::DOUBLE AS p FROM order_lines ORDER BY ALL'),
      returns: await db.all('SELECT return_id, matched, amount::DOUBLE AS a FROM returns ORDER BY ALL'),
      imports: await db.all('SELECT import_id, kind FROM imports ORDER BY ALL'),
    };
  } finally {
    db.close();
  }
}

describe('an import killed while writing', () => {
  it('leaves the earlier data exactly as it was, and the database opens cleanly', async () => {
    const dbPath = path.join(workDir, 'inversa.duckdb');
    const db = await Database.open({ path: dbPath });
    await importFile(db, { filePath: smallShop.orders, fileName: 'orders.csv', kind: 'orders' });
    await importFile(db, { filePath: smallShop.returns, fileName: 'returns.csv', kind: 'returns' });
    db.close();
    const before = await snapshot(dbPath);
    expect(before.orderLines).toHaveLength(22);

    const bigFile = path.join(workDir, 'big-orders.csv');
    writeLargeOrdersFile(bigFile, 1_500_000);
    const child = spawn(process.execPath, ['server/bin/inversa.mjs', 'import', bigFile, '--kind', 'orders', '--mode', 'replace'], {
      env: { ...process.env, INVERSA_DB: dbPath },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    child.stderr.setEncoding('utf8');
    let said = '';
    child.stderr.on('data', (text: string) => {
      said += text;
      // "writing" is said inside the write transaction, once it has begun; "replace" then deletes
      // every stored line before inserting 1.5M: kill it mid-way.
      if (text.includes('[inversa] writing')) setTimeout(() => child.kill('SIGKILL'), 150);
    });
    const { signal } = await exit;
    expect(signal).toBe('SIGKILL');
    // the kill landed inside the transaction: after it began, before the import was done
    expect(said).toContain('[inversa] writing');
    expect(said).not.toContain('[inversa] done');

    expect(await snapshot(dbPath)).toEqual(before);
  }, 120_000);
});
