import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutExports, storeWith } from '../../server/backtest/export-cut.ts';
import type { Database } from '../../server/store/database.ts';
import { writeTempFile } from '../support/test-store.ts';

// Two orders and three returns around a cut at 2025-03-10 12:00: what the exports held at that moment.
const orders = writeTempFile(
  'orders.csv',
  [
    'order_id,ordered_at,sku,quantity,unit_price,delivered_at',
    'O1,2025-03-01 10:00:00,A,1,10.00,2025-03-03 10:00:00',
    'O2,2025-03-09 10:00:00,A,2,10.00,2025-03-11 10:00:00', // delivered after the cut
    'O3,2025-03-10 12:00:01,A,1,10.00,', // placed a second after it
  ].join('\n'),
);
const returns = writeTempFile(
  'returns.csv',
  [
    'return_id,order_id,sku,quantity,requested_at,received_at,resolved_at,resolution,amount',
    'R1,O1,A,1,2025-03-05 10:00:00,2025-03-07 10:00:00,2025-03-08 10:00:00,refund,10.00',
    'R2,O2,A,1,2025-03-10 09:00:00,2025-03-10 11:00:00,2025-03-12 10:00:00,refund,10.00', // resolved after the cut
    'R3,O2,A,1,2025-03-11 09:00:00,,,,', // requested after it
  ].join('\n'),
);

let truth: Database;
let cut: Database;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-export-cut-'));
beforeAll(async () => {
  truth = await storeWith({ orders, returns });
  cut = await storeWith(await cutExports(truth, { orders, returns }, '2025-03-10 12:00:00', dir));
});
afterAll(() => {
  truth.close();
  cut.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('an export cut at a moment holds only what was known then', () => {
  it('keeps the orders placed by then, with a delivery still to come left blank', async () => {
    const rows = await cut.all(`SELECT order_id, strftime(delivered_at, '%Y-%m-%d') AS delivered FROM order_lines ORDER BY order_id`);
    expect(rows).toEqual([
      { order_id: 'O1', delivered: '2025-03-03' },
      { order_id: 'O2', delivered: null },
    ]);
  });

  it('keeps the returns requested by then, with a receipt or an outcome still to come left blank', async () => {
    const rows = await cut.all(`SELECT return_id, received_at IS NOT NULL AS received, resolved_at IS NOT NULL AS resolved, resolution, amount_exported::DOUBLE AS amount FROM returns ORDER BY return_id`);
    expect(rows).toEqual([
      { return_id: 'R1', received: true, resolved: true, resolution: 'refund', amount: 10 },
      { return_id: 'R2', received: true, resolved: false, resolution: 'pending', amount: null },
    ]);
  });
});
