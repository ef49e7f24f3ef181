import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFile, type ImportReport } from '../../server/import/import-file.ts';
import { Database, type SqlSession } from '../../server/store/database.ts';
import { writeTempFile } from '../support/test-store.ts';

// The first import into an empty database commits step by step (store/first-import.ts): its order
// lines are committed before its derived data is refreshed. An import read meanwhile, on its own
// connection, reads the stored orders its checks and whole-order returns lean on. Should the first
// import then fail (here a month's units past INTEGER, found by the refresh), what the other import
// read of it is gone: it must not write rows made of orders that were never imported.

/** Holds the first import's refresh until the other import has read its file: the race, made certain. */
let gate: Promise<void> | null = null;
vi.mock('../../server/store/refresh-derived.ts', async (actual) => {
  const real = await actual<typeof import('../../server/store/refresh-derived.ts')>();
  return {
    ...real,
    refreshDerivedData: async (session: SqlSession, ...rest: unknown[]) => {
      if (gate) await gate;
      return (real.refreshDerivedData as (s: SqlSession, ...r: unknown[]) => Promise<unknown>)(session, ...rest);
    },
  };
});

let db: Database | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
  gate = null;
});

const ordersOverflowing = writeTempFile(
  'orders.csv',
  'order_id,ordered_at,sku,quantity,unit_price,customer_id\nN1,2025-02-01,A,2,10,c1\nN1,2025-02-01,B,1,30,c1\nN2,2025-02-10,A,1500000000,1,c2\nN3,2025-02-11,A,1500000000,1,c3\n',
);
/** A list of returned orders with no product: every line of each came back, taken from the stored orders. */
const wholeOrderReturns = writeTempFile('returns.csv', 'order_id,requested_at,reason\nN1,2025-03-01,talle chico\n');

/**
 * The first import of `ordersFile` into `open`, and the whole-order returns imported beside it:
 * read once the first import's order lines are committed, before its refresh goes on.
 */
function firstImportWithAnother(open: Database, ordersFile: string) {
  let other: Promise<ImportReport> | undefined;
  let otherRead!: () => void;
  const first = importFile(open, {
    filePath: ordersFile,
    fileName: 'orders.csv',
    kind: 'orders',
    onStep: (step) => {
      if (step !== 'write rows') return;
      gate = new Promise<void>((resolve) => (otherRead = resolve));
      other = importFile(open, { filePath: wholeOrderReturns, fileName: 'returns.csv', kind: 'returns', onStep: (s) => s === 'check rows' && otherRead() });
      other.catch(() => otherRead());
    },
  });
  return { first, other: () => other! };
}

describe('an import read while the first import into an empty database writes', () => {
  it('writes nothing of that first import when it fails: its whole-order returns find no order', async () => {
    db = await Database.open({ path: ':memory:', readers: 1 });
    const open = db;
    const { first, other } = firstImportWithAnother(open, ordersOverflowing);
    await expect(first).rejects.toMatchObject({ code: 'value_out_of_range' });
    gate = null;
    // the orders never were: a return of a whole order has no lines to take
    await expect(other()).rejects.toMatchObject({ status: 422, code: 'no_valid_rows' });
    expect(await open.all('SELECT (SELECT count(*) FROM order_lines)::INTEGER AS lines, (SELECT count(*) FROM returns)::INTEGER AS returns, (SELECT count(*) FROM imports)::INTEGER AS imports')).toEqual([
      { lines: 0, returns: 0, imports: 0 },
    ]);
  });

  it('that lands, builds on all of it: the returns of its whole orders take its lines', async () => {
    db = await Database.open({ path: ':memory:', readers: 1 });
    const open = db;
    const goodOrders = writeTempFile('orders.csv', 'order_id,ordered_at,sku,quantity,unit_price,customer_id\nN1,2025-02-01,A,2,10,c1\nN1,2025-02-01,B,1,30,c1\n');
    const { first, other } = firstImportWithAnother(open, goodOrders);
    await first;
    gate = null;
    const report = await other();
    expect([report.rowsImported, report.unmatchedReturns]).toEqual([1, 0]);
    expect(await open.all('SELECT sku, quantity, matched FROM returns ORDER BY sku')).toEqual([
      { sku: 'A', quantity: 2, matched: true },
      { sku: 'B', quantity: 1, matched: true },
    ]);
  });
});
