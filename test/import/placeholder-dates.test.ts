import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

interface Reject {
  line: number;
  field: string;
  value: string;
  reason: string;
}

// ERP exports write "no date" as a date: 9999-12-31, 1900-01-01, or DuckDB's own "infinity" once
// a date went through it; a year can be typed wrong (2925). Read as dates they set the data's
// latest timestamp centuries ahead, so every month was judged final against it (or "infinity"
// broke every trend request with a 500). No export holds an order, return or delivery before 1990
// or from 2100 on: such a date is unreadable, and its row is rejected and named; but in an optional
// date column a placeholder for "no date yet" is read as blank (no-date-yet.test.ts).
let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

describe('dates no export holds', () => {
  it('are rejected with their rows; the data ends on its last real date', async () => {
    const orders = [
      'order_id,ordered_at,delivered_at,sku,quantity,unit_price',
      'O1,2025-03-01 10:00:00,2025-03-03 10:00:00,A,1,10.00',
      'O2,2025-03-02 10:00:00,,A,1,10.00',
      'O3,9999-12-31 00:00:00,,A,1,10.00',
      'O4,infinity,,A,1,10.00',
      'O5,1900-01-01,,A,1,10.00',
      'O6,2025-03-04 10:00:00,2925-03-06,A,1,10.00',
      'O7,2025-03-04 10:00:00,9999-12-31,A,1,10.00',
    ];
    const report = await importedReport(store.app, orders.join('\n'), { fileName: 'orders.csv', kind: 'orders' });
    // O1, O2 and O7 land (O7's delivery "9999-12-31" is "not delivered yet", read as blank); O3–O5
    // (order date) and O6 (delivery typed 2925) are rejected, each named on its line
    expect(report).toMatchObject({ rowsRead: 7, rowsImported: 3, rowsRejected: 4 });
    expect((report.rejects as Reject[]).map((r) => [r.line, r.field, r.value, r.reason])).toEqual([
      [4, 'ordered_at', '9999-12-31 00:00:00', 'not a valid date'],
      [5, 'ordered_at', 'infinity', 'not a valid date'],
      [6, 'ordered_at', '1900-01-01', 'not a valid date'],
      [7, 'delivered_at', '2925-03-06', 'not a valid date'],
    ]);
    const returns = ['return_id,order_id,sku,quantity,requested_at,received_at,reason', 'R1,O1,A,1,2025-03-05,2025-03-07,talle', 'R2,O2,A,1,2025-03-05,2925-03-07,talle'];
    const returnsReport = await importedReport(store.app, returns.join('\n'), { fileName: 'returns.csv', kind: 'returns' });
    // R2's receipt, typed 2925, is its row's reject: the file is not refused whole
    expect(returnsReport).toMatchObject({ rowsImported: 1, rowsRejected: 1 });
    expect((returnsReport.rejects as Reject[]).map((r) => [r.line, r.field, r.reason])).toEqual([[3, 'received_at', 'not a valid date']]);
    // the data ends with R1's receipt on 7 March, not in 9999 or 2925
    const dataset = await parseResponse(store.client.api.dataset.$get());
    expect(dataset).toMatchObject({ firstDate: '2025-03-01', lastDate: '2025-03-07' });
    // and March, ordered 1–2 March with a 30-day window, is still provisional
    const trend = await parseResponse(store.client.api.metrics.trend.$get({ query: {} }));
    expect(trend.rows.map((r) => [r.month, r.mature])).toEqual([['2025-03-01', false]]);
  });
});
