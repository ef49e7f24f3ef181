import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile, type ImportStep } from '../../server/import/import-file.ts';
import { Database, type SqlSession } from '../../server/store/database.ts';
import { ensureDerivedDataCurrent } from '../../server/store/refresh-derived.ts';
import { writeLargeOrdersFile } from '../support/large-orders-file.ts';
import { orderTotals, smallShop } from '../support/test-store.ts';

// The first import into an empty database commits step by step (server/store/first-import.ts).
// These hold it to what one transaction gave: all of it, or a database as empty as before.

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-first-import-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** Every table of the database that holds rows, with their number, and the derived facts of the data. */
async function contents(db: Database) {
  const tables = await db.all(
    "SELECT table_name AS t FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary ORDER BY table_name",
  );
  const counts: Record<string, number> = {};
  for (const { t } of tables) {
    const [row] = await db.all(`SELECT count(*)::INTEGER AS n FROM "${String(t)}"`);
    if (Number(row!.n) > 0) counts[String(t)] = Number(row!.n);
  }
  const facts = await db.all('SELECT * FROM data_facts');
  return { counts, facts: JSON.parse(JSON.stringify(facts)) as unknown };
}

/** A database that never had an import, its derived data derived from nothing. */
async function neverImported() {
  const db = await Database.open({ path: ':memory:', readers: 1 });
  await ensureDerivedDataCurrent(db);
  try {
    return await contents(db);
  } finally {
    db.close();
  }
}

/** The figures a clean first import of the small shop's orders stores. */
async function cleanImport() {
  const db = await Database.open({ path: ':memory:', readers: 1 });
  try {
    await importFile(db, { filePath: smallShop.orders, fileName: 'orders.csv', kind: 'orders' });
    return { totals: await orderTotals(db), orders: await db.all('SELECT count(*)::INTEGER AS n, sum(units_sold)::INTEGER AS units FROM orders') };
  } finally {
    db.close();
  }
}

describe('the first import into an empty database', () => {
  for (const failingStep of ['write rows', 'refresh derived data'] satisfies ImportStep[]) {
    it(`that fails after "${failingStep}" leaves the database as it found it, and the next import lands whole`, async () => {
      const db = await Database.open({ path: ':memory:', readers: 2 });
      try {
        // rows committed (and, after the refresh, their derived data too) when the failure comes
        const failing = importFile(db, {
          filePath: smallShop.orders,
          fileName: 'orders.csv',
          kind: 'orders',
          onStep: (step) => {
            if (step === failingStep) throw new Error(`failed after ${step}`);
          },
        });
        await expect(failing).rejects.toThrow(`failed after ${failingStep}`);
        expect(await contents(db)).toEqual(await neverImported());

        const report = await importFile(db, { filePath: smallShop.orders, fileName: 'orders.csv', kind: 'orders' });
        expect(report.rowsImported).toBe(22);
        const clean = await cleanImport();
        expect(await orderTotals(db)).toEqual(clean.totals);
        expect(await db.all('SELECT count(*)::INTEGER AS n, sum(units_sold)::INTEGER AS units FROM orders')).toEqual(clean.orders);
        expect(await db.all('SELECT count(*)::INTEGER AS n FROM imports')).toEqual([{ n: 1 }]);
      } finally {
        db.close();
      }
    });
  }

  it('keeps readers waiting while it writes: they see all of it, never part', async () => {
    const db = await Database.open({ path: ':memory:', readers: 2 });
    try {
      const asked: Array<Promise<unknown>> = [];
      const ask = () => {
        asked.push(db.all('SELECT (SELECT count(*) FROM order_lines)::INTEGER AS lines, (SELECT count(*) FROM orders)::INTEGER AS orders, (SELECT count(*) FROM imports)::INTEGER AS imports'));
      };
      await importFile(db, {
        filePath: smallShop.orders,
        fileName: 'orders.csv',
        kind: 'orders',
        // asked as the writing begins, and again once the rows are in
        onPhase: (phase) => phase === 'writing' && ask(),
        onStep: (step) => step === 'write rows' && ask(),
      });
      const clean = await cleanImport();
      const whole = { lines: clean.totals!.lines, orders: clean.orders[0]!.n, imports: 1 };
      expect(await Promise.all(asked)).toEqual([[whole], [whole]]);
    } finally {
      db.close();
    }
  });

  it('keeps a read that was waiting for a connection as it began waiting too: it sees all of it', async () => {
    const db = await Database.open({ path: ':memory:', readers: 1 });
    try {
      // the one reader connection is busy, as under a dashboard's burst of requests: a read asked
      // now waits for it, and gets it only once the rows are written
      const pool = db as unknown as { acquire(): Promise<SqlSession>; release(session: SqlSession): void };
      const busy = await pool.acquire();
      const waiting = db.all('SELECT (SELECT count(*) FROM order_lines)::INTEGER AS lines, (SELECT count(*) FROM orders)::INTEGER AS orders, (SELECT count(*) FROM imports)::INTEGER AS imports');
      await importFile(db, {
        filePath: smallShop.orders,
        fileName: 'orders.csv',
        kind: 'orders',
        onStep: (step) => step === 'write rows' && pool.release(busy),
      });
      const clean = await cleanImport();
      expect(await waiting).toEqual([{ lines: clean.totals!.lines, orders: clean.orders[0]!.n, imports: 1 }]);
    } finally {
      db.close();
    }
  });

  it('killed while it writes, is taken out when the database next opens', async () => {
    const dbPath = path.join(workDir, 'killed.duckdb');
    const bigFile = path.join(workDir, 'big-orders.csv');
    writeLargeOrdersFile(bigFile, 1_000_000);
    const child = spawn(process.execPath, ['server/bin/inversa.mjs', 'import', bigFile, '--kind', 'orders'], {
      env: { ...process.env, INVERSA_DB: dbPath },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exit = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.stderr.setEncoding('utf8');
    let said = '';
    child.stderr.on('data', (text: string) => {
      said += text;
      if (text.includes('[inversa] writing')) setTimeout(() => child.kill('SIGKILL'), 300);
    });
    expect(await exit).toBe('SIGKILL');
    expect(said).not.toContain('[inversa] done');

    // as the kill left it: the marker says half an import is stored
    const raw = await DuckDBInstance.create(dbPath);
    const connection = await raw.connect();
    const marker = await connection.runAndReadAll('SELECT count(*)::INTEGER AS n FROM first_import_pending');
    expect(marker.getRowObjectsJson()).toEqual([{ n: 1 }]);
    connection.closeSync();
    raw.closeSync();

    const db = await Database.open({ path: dbPath, readers: 1 });
    try {
      expect(await contents(db)).toEqual(await neverImported());
      const report = await importFile(db, { filePath: smallShop.orders, fileName: 'orders.csv', kind: 'orders' });
      expect(report.rowsImported).toBe(22);
      expect(await orderTotals(db)).toEqual((await cleanImport()).totals);
    } finally {
      db.close();
    }
  }, 120_000);
});
