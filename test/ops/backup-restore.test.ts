import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionUser, startSession } from '../../server/auth/sessions.ts';
import { addUser, checkCredentials } from '../../server/auth/users.ts';
import { restoreSnapshot } from '../../server/backup/snapshot.ts';
import { importFile } from '../../server/import/import-file.ts';
import { Database } from '../../server/store/database.ts';
import { fixturesDir, orderTotals, refusal, smallShop, testApp, testSettings } from '../support/test-store.ts';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-backup-'));
const backupRoot = path.join(workDir, 'backups');
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-backup-uploads-'));
afterAll(() => {
  for (const dir of [workDir, uploadDir]) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every reading route, with the options that make it answer: the same list asked before and after. */
const readingRoutes = [
  '/api/dataset',
  '/api/metrics/summary',
  '/api/metrics/summary?from=2025-04-01&to=2025-06-30&compare=previous',
  '/api/metrics/trend?grain=month',
  '/api/metrics/breakdown?by=category',
  '/api/metrics/reasons?by=month',
  '/api/metrics/cycle-times?by=month',
  '/api/metrics/sla?slaDays=7',
  '/api/metrics/open-returns',
  '/api/metrics/avoidable?by=month',
  '/api/metrics/value-recovery',
  '/api/metrics/customers?withinDays=90',
  '/api/metrics/customers/serial-returners?minOrders=3&minReturnRate=0.5',
  '/api/metrics/nowcast',
  '/api/causes',
  '/api/forecast',
  '/api/policy/simulation',
  '/api/rows/returns',
  '/api/rows/order-lines',
  '/api/rows/products',
  '/api/rows/cycle-histogram',
  '/api/rows/returns.csv',
  '/api/rows/order-lines.csv',
  '/api/imports',
  '/api/imports/mappings',
  '/api/imports/1/rejects.csv',
];

type App = ReturnType<typeof testApp>['app'];

async function answers(app: App) {
  const all: Record<string, { status: number; body: string }> = {};
  for (const route of readingRoutes) {
    const response = await app.request(route);
    all[route] = { status: response.status, body: await response.text() };
  }
  return all;
}

const settings = { ...testSettings, backupDir: backupRoot };

describe('a backup and its restore', () => {
  const livePath = path.join(workDir, 'live.duckdb');
  const snapshotDir = path.join(backupRoot, 'first');
  let before: Awaited<ReturnType<typeof answers>>;
  /** A session open when the backup was taken. */
  let veraSession: string;

  beforeAll(async () => {
    const db = await Database.open({ path: livePath, threads: 2, readers: 2 });
    await importFile(db, { filePath: smallShop.orders, fileName: 'orders.csv', kind: 'orders' });
    await importFile(db, { filePath: smallShop.returns, fileName: 'returns.csv', kind: 'returns' });
    for (const kind of ['orders', 'returns'] as const) {
      const fileName = `${kind}-april-august.csv`;
      await importFile(db, { filePath: path.join(fixturesDir, 'small-shop', fileName), fileName, kind });
    }
    await addUser(db, { name: 'vera', role: 'viewer', password: 'vera-password-1' });
    veraSession = await startSession(db, 'vera', 12);
    const { app, client } = testApp({ db, uploadDir, settings });
    const saved = await client.api.imports.mappings.$post({
      json: { headerSignature: 'pedido|fecha|sku', kind: 'orders', mapping: { order_id: 'pedido', ordered_at: 'fecha', sku: 'sku' } },
    });
    expect(saved.status).toBe(200);
    before = await answers(app);
    const backup = await client.api.backup.$post({ json: { dir: snapshotDir } });
    expect(backup.status).toBe(200);
    expect(await backup.json()).toEqual({ dir: snapshotDir });
    db.close();
  });

  it('answers every route as before, restored into a new file', async () => {
    // every route answered the original: a route asked wrongly would compare two refusals
    expect(Object.entries(before).filter(([, a]) => a.status !== 200)).toEqual([]);
    const restoredPath = path.join(workDir, 'restored.duckdb');
    await restoreSnapshot(snapshotDir, restoredPath);
    const db = await Database.open({ path: restoredPath, threads: 2, readers: 2 });
    try {
      // the small shop's 22 lines and the April–August export's 14 (small-shop-through-august.ts)
      expect((await orderTotals(db))?.lines).toBe(36);
      expect(await answers(testApp({ db, uploadDir, settings }).app)).toEqual(before);
      // the id sequence comes back where it stood: the next import is the fifth, not a second first
      const next = await importFile(db, { filePath: smallShop.returns, fileName: 'returns.csv', kind: 'returns' });
      expect(next.importId).toBe(5);
    } finally {
      db.close();
    }
  });

  it('brings the users back as they were, and ends every session: a session ended since the backup stays ended', async () => {
    const restoredPath = path.join(workDir, 'restored-sessions.duckdb');
    await restoreSnapshot(snapshotDir, restoredPath);
    const db = await Database.open({ path: restoredPath, readers: 1 });
    try {
      expect(await db.all('SELECT count(*)::INTEGER AS n FROM sessions')).toEqual([{ n: 0 }]);
      expect(await sessionUser(db, veraSession)).toBeUndefined();
      const { app } = testApp({ db, uploadDir, settings: { ...settings, teamMode: true } });
      expect((await app.request('/api/dataset', { headers: { cookie: `inversa_session=${veraSession}` } })).status).toBe(401);
      // vera signs in again with the password she had at the backup
      expect(await checkCredentials(db, 'vera', 'vera-password-1')).toEqual({ name: 'vera', role: 'viewer' });
    } finally {
      db.close();
    }
  });

  it('replaces a live file whole, and keeps no .bak once the swap succeeded', async () => {
    const otherPath = path.join(workDir, 'other.duckdb');
    const other = await Database.open({ path: otherPath, readers: 1 });
    await importFile(other, { filePath: smallShop.orders, fileName: 'orders.csv', kind: 'orders' });
    other.close();
    await restoreSnapshot(snapshotDir, otherPath);
    const db = await Database.open({ path: otherPath, readers: 1 });
    try {
      expect((await orderTotals(db))?.lines).toBe(36);
    } finally {
      db.close();
    }
    expect(fs.existsSync(`${otherPath}.bak`)).toBe(false);
    expect(fs.existsSync(`${otherPath}.restoring`)).toBe(false);
  });

  it('refuses a folder that holds no backup, and leaves the file as it was', async () => {
    const emptyDir = fs.mkdtempSync(path.join(workDir, 'empty-'));
    await expect(restoreSnapshot(emptyDir, path.join(workDir, 'restored.duckdb'))).rejects.toMatchObject({ code: 'not_a_backup' });
  });
});

describe('POST /api/backup refuses', () => {
  it('a relative folder, a folder outside INVERSA_BACKUP_DIR, and a folder already holding files', async () => {
    const db = await Database.open({ path: ':memory:', readers: 1 });
    const { client } = testApp({ db, uploadDir, settings });
    try {
      expect(await refusal(await client.api.backup.$post({ json: { dir: 'backups/today' } }))).toMatchObject({ status: 400, code: 'invalid_json', params: ['dir'] });
      expect(await refusal(await client.api.backup.$post({ json: { dir: path.join(backupRoot, '..', 'elsewhere') } }))).toMatchObject({ status: 400, code: 'backup_dir_not_allowed' });
      const full = path.join(backupRoot, 'full');
      fs.mkdirSync(full, { recursive: true });
      fs.writeFileSync(path.join(full, 'notes.txt'), 'not a backup');
      expect(await refusal(await client.api.backup.$post({ json: { dir: full } }))).toMatchObject({ status: 409, code: 'backup_dir_not_empty' });
    } finally {
      db.close();
    }
  });

  it('a folder reached through a symlink inside INVERSA_BACKUP_DIR that points outside it; a name starting with two dots is inside', async () => {
    const db = await Database.open({ path: ':memory:', readers: 1 });
    const { client } = testApp({ db, uploadDir, settings });
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-outside-'));
    const link = path.join(backupRoot, 'link-out');
    fs.mkdirSync(backupRoot, { recursive: true });
    fs.symlinkSync(outside, link);
    try {
      expect(await refusal(await client.api.backup.$post({ json: { dir: path.join(link, 'today') } }))).toMatchObject({ status: 400, code: 'backup_dir_not_allowed' });
      expect(fs.readdirSync(outside)).toEqual([]);
      const dotted = path.join(backupRoot, '..daily');
      const answer = await client.api.backup.$post({ json: { dir: dotted } });
      expect(answer.status).toBe(200);
      expect(fs.readdirSync(dotted)).toContain('schema.sql');
    } finally {
      db.close();
      fs.rmSync(link);
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('the second of two backups asked into one folder at once', async () => {
    const db = await Database.open({ path: ':memory:', readers: 1 });
    const { client } = testApp({ db, uploadDir, settings });
    try {
      const dir = path.join(backupRoot, 'twice');
      const answers = await Promise.all([client.api.backup.$post({ json: { dir } }), client.api.backup.$post({ json: { dir } })]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    } finally {
      db.close();
    }
  });
});
