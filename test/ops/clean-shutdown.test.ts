import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../server/import/import-file.ts';
import { Database } from '../../server/store/database.ts';
import { writeLargeOrdersFile } from '../support/large-orders-file.ts';
import { smallShop, testApp, testSettings } from '../support/test-store.ts';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-sigterm-'));
const bigFile = path.join(workDir, 'big-orders.csv');
const bigLines = 1_000_000;
// quantity is 1 + i % 3: 333,334 lines of 1, 333,333 of 2 and 333,333 of 3
const bigUnits = 333_334 + 2 * 333_333 + 3 * 333_333;

beforeAll(() => writeLargeOrdersFile(bigFile, bigLines));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** A database file holding the small shop: 22 order lines. */
async function smallShopFile(name: string): Promise<string> {
  const dbPath = path.join(workDir, name, 'inversa.duckdb');
  const db = await Database.open({ path: dbPath, readers: 1 });
  await importFile(db, { filePath: smallShop.orders, fileName: 'orders.csv', kind: 'orders' });
  await importFile(db, { filePath: smallShop.returns, fileName: 'returns.csv', kind: 'returns' });
  db.close();
  return dbPath;
}

/** `inversa serve` as a person starts it, on its own port, with the request log on. */
async function serve(dbPath: string) {
  const child = spawn(process.execPath, ['server/bin/inversa.mjs', 'serve'], {
    // production: a first start builds the web app, and must not build React's development bundle
    env: { ...process.env, INVERSA_DB: dbPath, INVERSA_DEMO: '0', PORT: '0', HOST: '127.0.0.1', INVERSA_LOG: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => (stderr += text));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (text: string) => {
      stdout += text;
      const started = /dashboard at (http:\/\/\S+)/.exec(stdout);
      if (started) resolve(started[1]!);
    });
    void exit.then(() => reject(new Error(`the server exited before listening: ${stderr}`)));
  });
  return { child, url, exit, output: () => ({ stdout, stderr }) };
}

/**
 * Uploads the large file with the progress stream and sends SIGTERM as the import reaches
 * `phase`; the events it received, until the answer ended or the shutdown cut it.
 */
async function importAndStopAt(server: Awaited<ReturnType<typeof serve>>, phase: 'reading' | 'writing') {
  const form = new FormData();
  form.append('file', await fs.openAsBlob(bigFile), 'big-orders.csv');
  form.append('kind', 'orders');
  const response = await fetch(`${server.url}/api/imports`, { method: 'POST', body: form, headers: { accept: 'application/x-ndjson' } });
  expect(response.status).toBe(200);
  const events: Array<{ type: string; phase?: string; error?: { code: string } }> = [];
  let pending = '';
  let signalled = false;
  try {
    for await (const chunk of response.body!.pipeThrough(new TextDecoderStream())) {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines.filter(Boolean)) {
        const event = JSON.parse(line) as (typeof events)[number];
        events.push(event);
        if (!signalled && event.type === 'progress' && event.phase === phase) {
          signalled = true;
          server.child.kill('SIGTERM');
        }
      }
    }
  } catch {
    // a connection cut after the grace: what the file holds is what the test checks
  }
  expect(signalled).toBe(true);
  return events;
}

/** What the file holds once opened again: its lines and units, and the units the summary counts from the derived data. */
async function stored(dbPath: string) {
  const db = await Database.open({ path: dbPath, readers: 1 });
  try {
    const [totals] = await db.all('SELECT count(*)::INTEGER AS lines, sum(quantity)::INTEGER AS units FROM order_lines');
    const { client } = testApp({ db, uploadDir: workDir, settings: testSettings });
    const summary = await parseResponse(client.api.metrics.summary.$get({ query: {} }));
    return { lines: totals!.lines as number, units: totals!.units as number, summaryUnits: summary.unitsSold };
  } finally {
    db.close();
  }
}

describe('SIGTERM during an import', () => {
  it('lets an import that is writing commit, then exits 0 with every derived figure matching its lines', async () => {
    const dbPath = await smallShopFile('writing');
    const before = await stored(dbPath);
    expect(before.lines).toBe(22);
    const server = await serve(dbPath);
    const events = await importAndStopAt(server, 'writing');
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(events.at(-1)).toMatchObject({ type: 'done' });
    const after = await stored(dbPath);
    expect(after).toEqual({ lines: 22 + bigLines, units: before.units + bigUnits, summaryUnits: before.units + bigUnits });
    // the request log: one JSON line for the import, under its route's pattern
    const logged = server.output().stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged).toContainEqual(expect.objectContaining({ method: 'POST', route: '/api/imports', status: 200, user: null }));
  }, 300_000);

  it('refuses an import still reading the file, so nothing of it is written, and exits 0', async () => {
    const dbPath = await smallShopFile('reading');
    const before = await stored(dbPath);
    const server = await serve(dbPath);
    const events = await importAndStopAt(server, 'reading');
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(events.at(-1)).toMatchObject({ type: 'error', status: 503, error: { code: 'shutting_down' } });
    expect(await stored(dbPath)).toEqual(before);
    expect(before.summaryUnits).toBe(before.units);
  }, 300_000);
});
