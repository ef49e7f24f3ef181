import { afterEach, describe, expect, it } from 'vitest';
import { ensureDerivedDataCurrent } from '../../server/store/refresh-derived.ts';
import { openTestStore } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

// Two people (or two tabs) importing at once. Each import's transaction derives the rollups and
// links returns to their orders from what was committed when it began, so the writes take turns.

let store: Awaited<ReturnType<typeof openTestStore>> | undefined;
afterEach(() => store?.close());

/** `count` order lines of one unit at 10, orders `prefix0…`, spread over January–September 2025. */
function ordersFile(prefix: string, count: number): string {
  const rows = Array.from({ length: count }, (_, i) => `${prefix}${i},2025-0${1 + (i % 9)}-10,S${i % 50},1,10,c${i % 3000}`);
  return `order_id,ordered_at,sku,quantity,unit_price,customer_id\n${rows.join('\n')}\n`;
}

/** One return of the first `count` orders of `prefix`, in December. */
function returnsFile(prefix: string, count: number): string {
  const rows = Array.from({ length: count }, (_, i) => `${prefix}${i},S${i % 50},1,2025-12-01,talle chico`);
  return `order_id,sku,quantity,requested_at,reason\n${rows.join('\n')}\n`;
}

describe('imports that arrive together', () => {
  it('are written one after the other: returns uploaded beside their orders are linked, every rollup counts both files', async () => {
    store = await openTestStore();
    // large enough that the three are reading and writing at the same time
    const answers = await Promise.all([
      uploadFile(store.app, ordersFile('A', 150_000), { kind: 'orders' }),
      uploadFile(store.app, ordersFile('B', 150_000), { kind: 'orders' }),
      uploadFile(store.app, returnsFile('A', 30_000), { kind: 'returns' }),
    ]);
    expect(answers.map((a) => [a.status, a.body.rowsImported])).toEqual([
      [200, 150_000],
      [200, 150_000],
      [200, 30_000],
    ]);
    const [returns] = await store.db.all('SELECT count(*)::INTEGER AS n, (count(*) FILTER (matched))::INTEGER AS matched FROM returns');
    expect(returns).toEqual({ n: 30_000, matched: 30_000 });
    // 300,000 one-line orders at 10 each, and the 30,000 returned units, in the rollups the metrics read
    const [sales] = await store.db.all('SELECT sum(orders)::INTEGER AS orders, sum(gross_sales)::DOUBLE AS gross FROM sales_monthly');
    expect(sales).toEqual({ orders: 300_000, gross: 3_000_000 });
    const summary = await (await store.app.request('/api/metrics/summary?from=2025-01-01&to=2025-12-31')).json();
    expect([summary.orders, summary.unitsReturned, summary.returnRateUnits]).toEqual([300_000, 30_000, 0.1]);
  }, 120_000);

  it('wait for the rebuild of the derived data that a server starts after an upgrade', async () => {
    store = await openTestStore();
    expect((await uploadFile(store.app, ordersFile('A', 150_000), { kind: 'orders' })).status).toBe(200);
    // as after a new version of the derived queries: the server's start rebuilds everything
    await store.db.all("UPDATE derived_state SET version = 0");
    const [, upload] = await Promise.all([ensureDerivedDataCurrent(store.db), uploadFile(store.app, ordersFile('B', 1_000), { kind: 'orders' })]);
    expect(upload.status).toBe(200);
    const [sales] = await store.db.all('SELECT sum(orders)::INTEGER AS orders FROM sales_monthly');
    expect(sales).toEqual({ orders: 151_000 });
  }, 120_000);

  it('a write waits for the one before it, even when that one fails', async () => {
    store = await openTestStore();
    const events: string[] = [];
    let finishFirst!: () => void;
    const first = store.db.inWriteTurn(async () => {
      events.push('first starts');
      await new Promise<void>((resolve) => (finishFirst = resolve));
      events.push('first fails');
      throw new Error('broken file');
    });
    const second = store.db.inWriteTurn(async () => {
      events.push('second starts');
      return 'written';
    });
    // every pending callback has run: the second would have started by now if it did not wait
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(events).toEqual(['first starts']);
    finishFirst();
    await expect(first).rejects.toThrow('broken file');
    await expect(second).resolves.toBe('written');
    expect(events).toEqual(['first starts', 'first fails', 'second starts']);
  });
});
