import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// ERPs fill a date column they may not leave blank with a date that means "no date yet":
// 9999-12-31, 31/12/9999, 1900-01-01, 0000-00-00, where a return is not yet received or resolved.
// Since dates outside 1990-2099 became unreadable (placeholder-dates.test.ts), each such row was
// rejected: every open return of such an export was lost. In an optional date column it is read
// as blank, and a warning says how many and where; a return's request date, which a row needs,
// still rejects its row, as does a year typed wrong (2925).

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

interface Report {
  rowsImported: number;
  rowsRejected: number;
  rejects: Array<{ line: number; field: string; value: string; reason: string }>;
  warnings: Array<{ code: string; message: string; count?: number }>;
}

const placeholderWarnings = (report: Report) => report.warnings.filter((w) => w.code === 'dates_read_as_blank').map((w) => [w.count, w.message]);

describe('a "no date yet" placeholder', () => {
  it('in an optional date column is read as blank, with a warning per column; in the request date it rejects its row', async () => {
    const returns = [
      'return_id,order_id,sku,quantity,requested_at,received_at,resolved_at,resolution',
      'R1,O1,A,1,2025-03-05,2025-03-07,2025-03-09,refund',
      'R2,O2,A,1,2025-03-05,2025-03-07,9999-12-31,',
      'R3,O3,A,1,2025-03-06,0000-00-00,0000-00-00 00:00:00,',
      'R4,O4,A,1,2025-03-06,2025-03-08,1900-01-01,',
      'R5,O5,A,1,9999-12-31,2025-03-08,9999-12-31,',
      'R6,O6,A,1,2025-03-06,2925-03-08,,',
    ].join('\n');
    const report = (await importedReport(store.app, returns, { fileName: 'erp-returns.csv', kind: 'returns' })) as Report;
    // R1-R4 land (were R1 only: R2-R4 rejected for their placeholders); R5's request date and R6's
    // receipt typed 2925 are still rejected
    expect(report).toMatchObject({ rowsImported: 4, rowsRejected: 2 });
    expect(report.rejects.map((r) => [r.line, r.field, r.value, r.reason])).toEqual([
      [6, 'requested_at', '9999-12-31', 'not a valid date'],
      [7, 'received_at', '2925-03-08', 'not a valid date'],
    ]);
    // received_at: R3's 0000-00-00 (R5's receipt is a real date); resolved_at: R2's 9999-12-31,
    // R3's 0000-00-00 00:00:00, R4's 1900-01-01 and R5's 9999-12-31, though R5 is rejected for its request
    expect(placeholderWarnings(report)).toEqual([
      [1, '1 value(s) of "received_at" (received_at) are no real date but one written for "no date yet" (such as 9999-12-31, 1900-01-01 or 0000-00-00): they were read as blank.'],
      [4, '4 value(s) of "resolved_at" (resolved_at) are no real date but one written for "no date yet" (such as 9999-12-31, 1900-01-01 or 0000-00-00): they were read as blank.'],
    ]);
    expect(await store.db.all(`SELECT return_id, strftime(received_at, '%Y-%m-%d') AS received, strftime(resolved_at, '%Y-%m-%d') AS resolved, resolution FROM returns ORDER BY return_id`)).toEqual([
      { return_id: 'R1', received: '2025-03-07', resolved: '2025-03-09', resolution: 'refund' },
      { return_id: 'R2', received: '2025-03-07', resolved: null, resolution: 'pending' },
      { return_id: 'R3', received: null, resolved: null, resolution: 'pending' },
      { return_id: 'R4', received: '2025-03-08', resolved: null, resolution: 'pending' },
    ]);
    // the data ends on R1's resolution, 9 March, not in 9999
    expect(await parseResponse(store.client.api.dataset.$get())).toMatchObject({ lastDate: '2025-03-09' });
    // by request date: 4 returns; received R1, R2, R4 (2, 2 and 2 days); resolved R1 only (4 days)
    const march = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-31', basis: 'return' } }));
    expect(march.returns).toBe(4);
    expect(march.cycleDays.requestToReceived).toMatchObject({ n: 3, p50: 2 });
    expect(march.cycleDays.requestToResolved).toMatchObject({ n: 1, p50: 4 });
  });

  it('written day first (31/12/9999) and in a delivery date is read as blank too', async () => {
    const orders = [
      'order_id,ordered_at,delivered_at,sku,quantity,unit_price',
      'O1,15/03/2025,18/03/2025,A,1,10.00',
      'O2,16/03/2025,31/12/9999,A,1,10.00',
      'O3,31/12/9999,,A,1,10.00',
    ].join('\n');
    const report = (await importedReport(store.app, orders, { fileName: 'erp-orders.csv', kind: 'orders' })) as Report;
    // O2, not yet delivered, lands (was rejected); O3's order date is still rejected
    expect(report).toMatchObject({ rowsImported: 2, rowsRejected: 1 });
    expect(report.rejects.map((r) => [r.line, r.field, r.value])).toEqual([[4, 'ordered_at', '31/12/9999']]);
    expect(placeholderWarnings(report).map(([count]) => count)).toEqual([1]);
    expect(await store.db.all(`SELECT order_id, strftime(delivered_at, '%Y-%m-%d') AS delivered FROM order_lines ORDER BY order_id`)).toEqual([
      { order_id: 'O1', delivered: '2025-03-18' },
      { order_id: 'O2', delivered: null },
    ]);
  });
});
