import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../server/import/import-file.ts';
import { openTestStore, writeTempFile } from '../support/test-store.ts';

// The files of one drop are written orders first: a returns file is read against the orders
// already written (a refund printed on each line of a return is judged against their value, a
// whole-order return is made of their lines). The order was judged from each file's header alone,
// without its values: a returns app's export with a refund column (Return ID on every row) read as
// combined by its header, as the combined file beside it did, and the drop's own order stood.
// Dropped first, its returns were read before their orders: return 9101's refund of 160.00,
// written on each of its two lines, was counted twice (320.00), reported as success.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

// three order lines, none of them returned in this file
const combined = [
  'Order ID,Order Date,SKU,Quantity,Unit Price,Returned',
  '1001,2025-03-01,REM-01,1,100.00,No',
  '1001,2025-03-01,PAN-02,1,60.00,No',
  '1002,2025-03-02,REM-01,2,100.00,No',
].join('\n');

// Loop's export, a row per item: return 9101's refund (160.00) on each of its two lines
const returns = [
  'Return ID,Order Name,Created At,Outcome,SKU,Price,Quantity,Return Reason,Refund Amount',
  '9101,#1001,2025-03-10T12:00:00,Refund,REM-01,100.00,1,Too small,160.00',
  '9101,#1001,2025-03-10T12:00:00,Refund,PAN-02,60.00,1,Changed my mind,160.00',
  '9102,#1002,2025-03-11T12:00:00,Exchange,REM-01,100.00,2,Too big,0.00',
].join('\n');

interface Report {
  fileName: string;
  kind: string;
  warnings: Array<{ code: string }>;
}

describe('a drop of a combined file and a returns export', () => {
  it.each([
    ['returns export first', [['loop-returns.csv', returns], ['orders-with-returns.csv', combined]]],
    ['combined file first', [['orders-with-returns.csv', combined], ['loop-returns.csv', returns]]],
  ])('%s: the orders are written first, and each refund counted once', async (_case, files) => {
    const form = new FormData();
    for (const [name, content] of files) form.append('file', new Blob([content!]), name);
    const res = await store.app.request('/api/imports', { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const { imports } = (await res.json()) as { imports: Report[] };
    const march = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-31' } }));
    // 9101's 160.00 is its two lines' value (100.00 + 60.00): each at its own, 160.00 in all (was
    // 320.00); 9102's exchange of 0.00 is valued at its line, 2 × 100.00
    expect(march).toMatchObject({ unitsSold: 4, grossSales: 360, returns: 3, unitsReturned: 4, refundedValue: 160, exchangedValue: 200 });
    // reports in the order written (was the drop's order)
    expect(imports.map((r) => [r.fileName, r.kind])).toEqual([
      ['orders-with-returns.csv', 'combined'],
      ['loop-returns.csv', 'returns'],
    ]);
    expect(imports[1]!.warnings.map((w) => w.code)).toContain('refunds_repeated_per_return');
  });

  it('a file that reads otherwise once read whole than by its head, after a returns file was written, is refused and nothing lands', async () => {
    // Rows of 5 KB (a long description): the head read to put the drop in order (8 MiB) holds
    // 1,677 of them, the import's sample 2,000. Each of the first 1,700 names its return and its
    // refund, so by its head the file is a returns export (a return id on every row); read whole,
    // rows 1,701-2,000 have none, so it is combined, and the returns file was read without its orders
    const description = 'x'.repeat(5000);
    const rows = ['Order ID,Order Date,SKU,Quantity,Unit Price,Description,Return ID,Refund Amount'];
    for (let i = 0; i < 2000; i++) rows.push(`${2000 + i},2025-03-01,REM-01,1,100.00,${description},${i < 1700 ? `R-${i},100.00` : ','}`);
    // 10 MB: past the tests' upload limit, so given to the import itself
    const drop = importFiles(store.db, [
      { filePath: writeTempFile('loop-returns.csv', returns), fileName: 'loop-returns.csv' },
      { filePath: writeTempFile('orders-with-returns.csv', rows.join('\n')), fileName: 'orders-with-returns.csv' },
    ]);
    await expect(drop).rejects.toMatchObject({ status: 422, code: 'drop_out_of_order', message: expect.stringMatching(/^orders-with-returns\.csv: /) });
    const [counts] = await store.db.all('SELECT (SELECT count(*) FROM order_lines)::INTEGER AS lines, (SELECT count(*) FROM returns)::INTEGER AS returns');
    expect(counts).toEqual({ lines: 0, returns: 0 });
  });
});
