import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../server/store/database.ts';
import { ensureDerivedDataCurrent } from '../../server/store/refresh-derived.ts';
import { openTestStore } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

// Values each of which parses, but which no stored column holds: a line worth more than
// DECIMAL(18,4), a month's units past INTEGER (each line within it), a return received 74 years
// after it was requested (a year typed 2099: a stage's seconds past INTEGER, 68 years). They surface only as
// the rows are written or their derived data refreshed, late, after the file passed its checks.
// Such a file is bad input: a 422 that says so, and nothing changed — after an earlier import,
// and as the first import into an empty database.

let store: Awaited<ReturnType<typeof openTestStore>> | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

/**
 * Every table of the database that holds rows, by their count and a checksum of them (the derived
 * data's version, not when it was refreshed; an empty table counts as no table).
 */
async function everyTable(db: Database) {
  const tables = await db.all("SELECT table_name AS t FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary ORDER BY table_name");
  const state: Record<string, string> = {};
  for (const { t } of tables) {
    const rows = t === 'derived_state' ? '(SELECT version FROM derived_state)' : `"${String(t)}"`;
    const [row] = await db.all(`SELECT count(*)::INTEGER AS n, sum(hash(r::VARCHAR))::VARCHAR AS checksum FROM ${rows} AS r`);
    if (Number(row!.n) > 0) state[String(t)] = `${row!.n} rows, ${row!.checksum}`;
  }
  return state;
}

/** The state of a database that never had an import, its derived data derived from nothing. */
async function neverImported() {
  const db = await Database.open({ path: ':memory:', readers: 1 });
  await ensureDerivedDataCurrent(db);
  try {
    return await everyTable(db);
  } finally {
    db.close();
  }
}

const orders = 'order_id,ordered_at,sku,quantity,unit_price,customer_id\n';
const returns = 'return_id,order_id,sku,quantity,requested_at,received_at,reason\n';
/** Good rows, then the one that cannot be stored, last. */
const goodOrders = Array.from({ length: 50 }, (_, i) => `N${i},2025-02-${String(1 + (i % 28)).padStart(2, '0')},A,1,10,c${i}`).join('\n');

const files: Array<[string, string, string]> = [
  ['a line worth more than 10^14', 'orders', `${orders}${goodOrders}\nN99,2025-02-10,A,2000000000,9999999999999,c1\n`],
  ['two lines of 1.5 billion units in one month', 'orders', `${orders}${goodOrders}\nN98,2025-02-10,A,1500000000,1,c1\nN99,2025-02-11,A,1500000000,1,c1\n`],
  ['a return received in 2099 (a year typed wrong)', 'returns', `${returns}RX1,O1,A,1,2025-02-01,2025-02-03,talle\nRX2,O2,B,1,2025-02-01,2099-02-03,talle\n`],
];

describe('a file with a value too large to store', () => {
  it.each(files)('%s, after an earlier import: 422, and every table as it was', async (_name, kind, content) => {
    store = await openTestStore({ withSmallShop: true });
    const before = await everyTable(store.db);
    const res = await uploadFile(store.app, content, { kind });
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.error.code).toBe('value_out_of_range');
    expect(res.body.error.message).toContain('Nothing was changed');
    expect(await everyTable(store.db)).toEqual(before);
    expect((await store.app.request('/api/metrics/summary')).status).toBe(200);
  });

  it.each(files)('%s, as the first import into an empty database: 422, and the database as empty as before', async (_name, kind, content) => {
    store = await openTestStore();
    const res = await uploadFile(store.app, content, { kind });
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.error.code).toBe('value_out_of_range');
    expect(await everyTable(store.db)).toEqual(await neverImported());
    // the next import is a first import again, and lands whole
    const next = await uploadFile(store.app, `${orders}${goodOrders}\n`, { kind: 'orders' });
    expect(next.status).toBe(200);
    expect(await store.db.all('SELECT count(*)::INTEGER AS n FROM order_lines')).toEqual([{ n: 50 }]);
  });

  it('in a drop of several files, the second: 422, and neither file lands', async () => {
    store = await openTestStore({ withSmallShop: true });
    const before = await everyTable(store.db);
    const form = new FormData();
    form.append('file', new Blob([`${orders}${goodOrders}\n`]), 'orders.csv');
    form.append('file', new Blob([`${returns}RX1,N1,A,1,2025-03-01,2025-03-03,talle\nRX2,N2,A,1,2025-03-01,2099-03-03,talle\n`]), 'returns.csv');
    const res = await store.app.request('/api/imports', { method: 'POST', body: form });
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(res.status, JSON.stringify(body)).toBe(422);
    expect(body.error.code).toBe('value_out_of_range');
    expect(await everyTable(store.db)).toEqual(before);
  });
});
