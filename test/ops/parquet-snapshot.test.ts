import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/serve.ts';
import { exportParquetSnapshot } from '../../server/snapshot/export-snapshot.ts';
import { openSnapshot } from '../../server/snapshot/open-snapshot.ts';
import { readManifest } from '../../server/snapshot/snapshot-manifest.ts';
import { Database } from '../../server/store/database.ts';
import { derivedDataVersion } from '../../server/store/refresh-derived.ts';
import { constantRateShopFiles } from '../support/constant-rate-shop.ts';
import { openTestStore, refusal, smallShop, testApp, testSettings } from '../support/test-store.ts';

// `inversa export --parquet DIR` and a server over that folder (docs/scaling.md, "Read replicas"):
// every question the dashboard asks answers the same over the snapshot as over the database it was
// taken from, and nothing can be written to it.

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-snapshot-test-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** The areas whose questions a replica must answer exactly as the database does. */
const questionAreas = ['/api/metrics', '/api/causes', '/api/rows', '/api/forecast', '/api/policy', '/api/dataset'];

/**
 * The choices a route cannot do without (it answers 400 when they are missing), each asked in turn.
 * A route added with a required choice fails the first test below until it is listed here.
 */
const requiredChoices: Record<string, Record<string, string>[]> = {
  '/api/metrics/breakdown': [{ by: 'category' }, { by: 'sku' }, { by: 'reason' }],
  '/api/metrics/reasons': [{ by: 'month' }, { by: 'category' }],
};

type App = ReturnType<typeof testApp>['app'];

/** Every GET route of the question areas, from the app's own table of routes. */
function questionRoutes(app: App): string[] {
  const paths = app.routes.filter((r) => r.method === 'GET' && questionAreas.some((area) => r.path === area || r.path.startsWith(`${area}/`))).map((r) => r.path);
  return [...new Set(paths)].sort();
}

/**
 * A few filter sets over what the data holds: none, the whole period by return date, a category and
 * a reason, and the first channel, region and carrier together (a shop without them leaves them out).
 */
function filterSets(dataset: { firstDate: string; lastDate: string; dimensions: Record<string, string[]> }): Record<string, string>[] {
  const first = (dimensions: string[]) => Object.fromEntries(dimensions.flatMap((d) => (dataset.dimensions[d]?.[0] ? [[d, dataset.dimensions[d][0]]] : [])));
  const sets = [{}, { from: dataset.firstDate, to: dataset.lastDate, basis: 'return' }, first(['category']), first(['reason']), first(['channel', 'region', 'carrier'])];
  return sets.filter((set, i) => i === 0 || Object.keys(set).length > 0);
}

async function answer(app: App, url: string) {
  const res = await app.request(url);
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
  return { status: res.status, body };
}

/** A shop imported into a database, exported, and the snapshot opened as a second app. */
async function databaseAndSnapshot(name: string, shop: { orders: string; returns: string }) {
  const store = await openTestStore({ withShop: shop });
  const dir = path.join(workDir, name);
  const manifest = await exportParquetSnapshot(store.db, dir, 'test');
  const { db, snapshot } = await openSnapshot(dir, { threads: 2, readers: 2 });
  const replica = testApp({ db, uploadDir: store.uploadDir, settings: testSettings, snapshot });
  return {
    store,
    dir,
    manifest,
    replica: replica.app,
    async close() {
      db.close();
      await store.close();
    },
  };
}

describe.each([
  ['the small shop', () => smallShop],
  ['the constant-rate shop', () => constantRateShopFiles()],
])('a Parquet snapshot of %s', (name, shopFiles) => {
  let shop: Awaited<ReturnType<typeof databaseAndSnapshot>>;
  beforeAll(async () => {
    shop = await databaseAndSnapshot(name.replaceAll(' ', '-'), shopFiles());
  });
  afterAll(() => shop.close());

  it('answers every question of every area as the database does, under each filter set', async () => {
    const routes = questionRoutes(shop.store.app);
    // the areas' routes as the app has them (a new route joins by itself), and the replica has the same
    expect(routes.length).toBeGreaterThan(20);
    for (const area of questionAreas) expect(routes.some((route) => route.startsWith(area))).toBe(true);
    expect(questionRoutes(shop.replica)).toEqual(routes);
    const dataset = (await answer(shop.store.app, '/api/dataset')).body;
    let compared = 0;
    for (const route of routes) {
      for (const choice of requiredChoices[route] ?? [{}]) {
        for (const filters of filterSets(dataset)) {
          const url = `${route}?${new URLSearchParams({ ...choice, ...filters })}`;
          const fromDatabase = await answer(shop.store.app, url);
          // an error on both sides would prove nothing: the database must answer the question
          expect(fromDatabase.status, `${url}: ${JSON.stringify(fromDatabase.body).slice(0, 200)}`).toBe(200);
          expect(await answer(shop.replica, url), url).toEqual(fromDatabase);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(routes.length * 3);
  }, 180_000);

  it('keeps each canonical table in one folder per month, named by the month of the data it holds', () => {
    // the months worked out from the CSV files themselves: order lines by ordered_at, returns by requested_at
    const monthsOf = (file: string, column: string) => {
      const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split('\n');
      const at = header!.split(',').indexOf(column);
      return [...new Set(lines.map((line) => `month=${line.split(',')[at]!.slice(0, 7)}`))].sort();
    };
    const files = shopFiles();
    expect(fs.readdirSync(path.join(shop.dir, 'order_lines')).sort()).toEqual(monthsOf(files.orders, 'ordered_at'));
    expect(fs.readdirSync(path.join(shop.dir, 'returns')).sort()).toEqual(monthsOf(files.returns, 'requested_at'));
  });

  it('carries every table of the database but the people of team mode, and says what it holds', async () => {
    const tables = (await shop.store.db.all("SELECT table_name AS name FROM duckdb_tables() WHERE NOT temporary AND schema_name = 'main'")).map((t) => String(t.name));
    const expected = tables.filter((t) => !['users', 'sessions', 'audit'].includes(t)).sort();
    expect(shop.manifest.tables.map((t) => t.name).sort()).toEqual(expected);
    expect(fs.readdirSync(shop.dir).sort()).toEqual([...expected, 'manifest.json'].sort());
    const lines = fs.readFileSync(shopFiles().orders, 'utf8').trim().split('\n').length - 1;
    const returns = fs.readFileSync(shopFiles().returns, 'utf8').trim().split('\n').length - 1;
    expect(shop.manifest.facts).toMatchObject({ orderLines: lines, returns });
    expect(shop.manifest.tables.find((t) => t.name === 'order_lines')).toEqual({ name: 'order_lines', rows: lines, partitionedBy: 'order_month' });
  });
});

describe('a server over a snapshot writes nothing', () => {
  let shop: Awaited<ReturnType<typeof databaseAndSnapshot>>;
  beforeAll(async () => {
    shop = await databaseAndSnapshot('read-only', smallShop);
  });
  afterAll(() => shop.close());

  it('refuses every route that writes, whatever it is, and says it serves a snapshot', async () => {
    const writes = [...new Set(shop.replica.routes.filter((r) => !['GET', 'ALL'].includes(r.method)).map((r) => `${r.method} ${r.path}`))];
    // imports, previews, saved mappings, users, backups… and signing in, which is allowed
    expect(writes.length).toBeGreaterThan(6);
    const answers = [];
    for (const route of writes) {
      const [method, url] = route.split(' ') as [string, string];
      const res = await shop.replica.request(url.replace(':name', 'someone'), { method, headers: { 'content-type': 'application/json' }, body: '{}' });
      const text = await res.text();
      answers.push(`${route} ${res.status} ${text ? (JSON.parse(text) as { error?: { code: string } }).error?.code : 'ok'}`);
    }
    const refused = writes.filter((route) => !route.endsWith(' /api/session')).map((route) => `${route} 409 read_only_snapshot`);
    expect(answers.filter((a) => a.includes('read_only_snapshot')).sort()).toEqual(refused.sort());
    const health = await answer(shop.replica, '/api/health');
    expect(health.body).toMatchObject({ ok: true, source: 'snapshot', snapshotCreatedAt: shop.manifest.createdAt });
    expect((await answer(shop.store.app, '/api/health')).body).toMatchObject({ source: 'database', snapshotCreatedAt: null });
  });

  it('refuses to export into a folder that holds anything, and leaves it as it was', async () => {
    const dir = fs.mkdtempSync(path.join(workDir, 'taken-'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'keep me');
    await expect(exportParquetSnapshot(shop.store.db, dir, 'test')).rejects.toMatchObject({ code: 'snapshot_dir_not_empty' });
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);
    // and no half-written folder beside it
    expect(fs.readdirSync(workDir).filter((name) => name.includes('.partial'))).toEqual([]);
  });

  it('derives the data again first when an older version derived it, as a server start would', async () => {
    // an older version's derived data: another version number, and a derived table it did not have
    const older = await openTestStore({ withSmallShop: true });
    try {
      await older.db.withSession((session) => session.run('UPDATE derived_state SET version = version + 1; DELETE FROM orders'));
      const dir = path.join(workDir, 'from-older');
      await exportParquetSnapshot(older.db, dir, 'test');
      const [{ orders }] = (await older.db.all('SELECT count(*)::INTEGER AS orders FROM orders')) as [{ orders: number }];
      expect(orders).toBeGreaterThan(0);
      const { db, snapshot } = await openSnapshot(dir, { readers: 1 });
      expect(await db.all('SELECT count(*)::INTEGER AS orders FROM orders')).toEqual([{ orders }]);
      db.close();
      expect(snapshot.derivedVersion).toBe(derivedDataVersion);
    } finally {
      await older.close();
    }
  });

  it('exports an empty database into a snapshot that answers as empty', async () => {
    const empty = await Database.open({ path: ':memory:', readers: 1 });
    const dir = path.join(workDir, 'empty');
    await exportParquetSnapshot(empty, dir, 'test');
    await empty.close();
    const { db, snapshot } = await openSnapshot(dir, { readers: 1 });
    const replica = testApp({ db, uploadDir: workDir, settings: testSettings, snapshot }).app;
    expect((await answer(replica, '/api/dataset')).body).toMatchObject({ orderLines: 0, returns: 0, empty: true });
    db.close();
  });
});

describe('the server started on a snapshot folder (INVERSA_DB=DIR)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const store = await openTestStore({ withSmallShop: true });
    const dir = path.join(workDir, 'served');
    await exportParquetSnapshot(store.db, dir, 'test');
    await store.close();
    // team mode, its first admin from the environment: signing in works on a replica, its session in memory
    server = await startServer(
      readSettings({ PORT: '0', INVERSA_DB: dir, INVERSA_AUTH: '1', INVERSA_ADMIN_NAME: 'root', INVERSA_ADMIN_PASSWORD: 'root-password-1' }),
      { buildWeb: false },
    );
  });
  afterAll(() => server.close());

  it('serves the snapshot read-only to a signed-in admin', async () => {
    const signIn = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'root', password: 'root-password-1' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = /inversa_session=[^;]*/.exec(signIn.headers.get('set-cookie') ?? '')![0];
    expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({ source: 'snapshot' });
    // the small shop's 22 order lines (test/fixtures/small-shop/orders.csv has 22 rows below its header)
    expect(await (await fetch(`${server.url}/api/dataset`, { headers: { cookie } })).json()).toMatchObject({ orderLines: 22, returns: 8 });
    const backup = await fetch(`${server.url}/api/backup`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ dir: workDir }) });
    expect([backup.status, ((await backup.json()) as { error: { code: string } }).error.code]).toEqual([409, 'read_only_snapshot']);
  });
});

describe('POST /api/backup/snapshot: the snapshot written by the server that holds the database', () => {
  // what `inversa export --parquet DIR` asks when a server holds the file (DuckDB lets one process open it)
  it('writes it into a folder below its backup folder only', async () => {
    const store = await openTestStore({ withSmallShop: true });
    const backupDir = path.join(workDir, 'backups');
    const { client } = testApp({ db: store.db, uploadDir: store.uploadDir, settings: { ...testSettings, backupDir } });
    try {
      const dir = path.join(backupDir, 'replica-1');
      const written = await client.api.backup.snapshot.$post({ json: { dir } });
      expect(written.status).toBe(200);
      // the 22 order lines and 8 returns of test/fixtures/small-shop
      expect(readManifest(dir).facts).toMatchObject({ orderLines: 22, returns: 8 });
      // the folder itself is refused: the snapshot is written beside its target, which must be inside too
      expect(await refusal(await client.api.backup.snapshot.$post({ json: { dir: backupDir } }))).toMatchObject({ status: 400, code: 'backup_dir_not_allowed' });
    } finally {
      await store.close();
    }
  });
});
