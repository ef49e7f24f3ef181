import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';
import { repeatedOrderRefund } from '../../server/import/normalise/normalise-returns.ts';

// Orders with their returns in one row per line, where the refund is the order's, written on each
// of its returned lines (as exports print an order's fields on every line of it). Summed per line,
// an order refunded 112.00 once counted 224.00.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

describe("an order's refund repeated on each of its returned lines", () => {
  it('is counted once: each line at its value when the refund is theirs together, else the lines are refused', async () => {
    const csv = [
      'Order ID,Order Date,SKU,Quantity,Unit Price,Returned,Return Date,Refund Amount',
      // O1: both lines back, 100.00 + 12.00 = 112.00 refunded once, written on each
      'O1,2025-03-05,HD-1,1,100.00,Yes,2025-03-12,112.00',
      'O1,2025-03-05,SK-1,1,12.00,Yes,2025-03-12,112.00',
      // O2: one line, its own refund
      'O2,2025-03-06,SK-1,2,12.00,Yes,2025-03-13,24.00',
      // O3: two lines refunded 20.00 each, their own values: a refund per line that happens to repeat
      'O3,2025-03-07,CP-1,1,20.00,Yes,2025-03-14,20.00',
      'O3,2025-03-07,CP-2,1,20.00,Yes,2025-03-14,20.00',
      // O4: 130.00 written on both lines of 100.00 + 12.00: more than the lines, how much each got is not in the file
      'O4,2025-03-08,HD-1,1,100.00,Yes,2025-03-15,130.00',
      'O4,2025-03-08,SK-1,1,12.00,Yes,2025-03-15,130.00',
      'O5,2025-03-08,SK-1,1,12.00,No,,',
    ].join('\n');
    const report = await importedReport(store.app, csv, { fileName: 'orders-with-returns.csv', kind: 'combined' });
    expect(report.rejects).toEqual([
      { line: 7, field: 'amount', value: '130.00', reason: repeatedOrderRefund },
      { line: 8, field: 'amount', value: '130.00', reason: repeatedOrderRefund },
    ]);
    expect(await store.db.all('SELECT order_id, sku, resolution, amount::DOUBLE AS amount FROM returns ORDER BY order_id, sku')).toEqual([
      // O1's 112.00 once: 100.00 + 12.00 (was 112.00 each)
      { order_id: 'O1', sku: 'HD-1', resolution: 'refund', amount: 100 },
      { order_id: 'O1', sku: 'SK-1', resolution: 'refund', amount: 12 },
      { order_id: 'O2', sku: 'SK-1', resolution: 'refund', amount: 24 },
      { order_id: 'O3', sku: 'CP-1', resolution: 'refund', amount: 20 },
      { order_id: 'O3', sku: 'CP-2', resolution: 'refund', amount: 20 },
    ]);
    // refunded: 112.00 + 24.00 + 40.00 = 176.00 (was 224.00 + 24.00 + 40.00 + 260.00 = 548.00)
    const [refunded] = await store.db.all("SELECT sum(amount)::DOUBLE AS refunded FROM returns WHERE resolution = 'refund'");
    expect(refunded).toEqual({ refunded: 176 });
    expect(report.warnings.map((w: { code: string }) => w.code)).toContain('refunds_repeated_per_order');
  });
});
