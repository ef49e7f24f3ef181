import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testClient } from 'hono/testing';
import { expect } from 'vitest';
import { AlertChecker } from '../../server/alerts/alert-checker.ts';
import { createApp, type AppDeps } from '../../server/app.ts';
import { importFile } from '../../server/import/import-file.ts';
import { Database } from '../../server/store/database.ts';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
/** The stored order lines in four figures: lines, distinct orders, units and gross sales to the cent. */
export async function orderTotals(db: Database) {
  const [row] = await db.all(
    'SELECT count(*)::INTEGER AS lines, count(DISTINCT order_id)::INTEGER AS orders, sum(quantity)::INTEGER AS units, round(sum(line_value), 2)::DOUBLE AS gross FROM order_lines',
  );
  return row;
}

/** A hand-made export in a real layout (test/fixtures/layouts/README.md), as bytes. */
export const layoutFixture = (name: string) => fs.readFileSync(path.join(fixturesDir, 'layouts', name));

export const smallShop = {
  orders: path.join(fixturesDir, 'small-shop', 'orders.csv'),
  returns: path.join(fixturesDir, 'small-shop', 'returns.csv'),
};

/** The settings the tests' apps run with: loopback, no token, 5 MiB uploads, a 30-day return window, no team mode. */
export const testSettings: AppDeps['settings'] = {
  host: '127.0.0.1',
  token: undefined,
  maxUploadBytes: 5 * 1024 * 1024,
  returnWindowDays: 30,
  teamMode: false,
  trustProxy: false,
  sessionHours: 12,
  backupDir: os.tmpdir(),
  databasePath: ':memory:',
};

/** The app over a database, and its typed client (`client.api.metrics.summary.$get({ query })`). */
export function testApp(deps: AppDeps) {
  const app = createApp(deps);
  return { app, client: testClient(app) };
}

/** A query the route's types refuse (a bad date, an unknown choice), sent on purpose: the server must refuse it too. */
export const refusedQuery = (query: Record<string, string>) => query as never;

/** A refused request's answer in the API's error shape (docs/api.md, "Errors"), with the parameters it names. */
export async function refusal(response: { status: number; json(): Promise<unknown> }) {
  const { error } = (await response.json()) as { error: { code: string; message: string; details?: { param: string }[] } };
  return { status: response.status, code: error.code, message: error.message, params: (error.details ?? []).map((d) => d.param) };
}

/** The comparison of an answer asked for with `compare`: its type allows none, the test expects one. */
export function comparisonOf<Answer extends object>(answer: Answer): Extract<Answer, { comparison: unknown }>['comparison'] {
  expect(answer).toHaveProperty('comparison');
  return (answer as Extract<Answer, { comparison: unknown }>).comparison;
}

/**
 * A real in-memory DuckDB with the schema, and the app over it: what each API test starts from;
 * with the small shop, or another shop's orders and returns files (paths), imported.
 */
export async function openTestStore(options: { withSmallShop?: boolean; withShop?: { orders: string; returns: string } } = {}) {
  const db = await Database.open({ path: ':memory:', threads: 2, readers: 2 });
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-test-uploads-'));
  const shop = options.withSmallShop ? smallShop : options.withShop;
  if (shop) {
    await importFile(db, { filePath: shop.orders, fileName: 'orders.csv', kind: 'orders' });
    await importFile(db, { filePath: shop.returns, fileName: 'returns.csv', kind: 'returns' });
  }
  // the check an import starts runs after its answer: closing the database under it would crash DuckDB
  const alerts = new AlertChecker(db, testSettings.returnWindowDays);
  const { app, client } = testApp({ db, uploadDir, settings: testSettings, alerts });
  return {
    db,
    app,
    client,
    uploadDir,
    async close() {
      await alerts.stop();
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
