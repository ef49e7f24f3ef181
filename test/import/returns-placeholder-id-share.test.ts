import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A combined export (orders with their returns) that writes a placeholder return id ('-') on its
// lines that did not come back must stay combined however many lines came back. The placeholder
// guard compared the average rows per id with four: 9 lines not back ('-') and 3 returns of their
// own id are 12 ids in 4 distinct (3 rows each on average), so a shop with a quarter of its lines
// returned read every order line as a return, and sold nothing.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

describe('a combined file with a placeholder return id and a quarter of its lines returned', () => {
  it('stays combined', async () => {
    const rows = ['Order ID,Order Date,SKU,Quantity,Unit Price,Return ID,Return Reason,Refund Amount'];
    for (let i = 0; i < 9; i++) rows.push(`${3000 + i},2025-03-01,REM-01,1,100.00,-,,`);
    for (let i = 0; i < 3; i++) rows.push(`${3100 + i},2025-03-01,REM-01,1,100.00,R-${i},Too small,100.00`);
    const report = await importedReport(store.app, rows.join('\n'), { fileName: 'orders-with-returns.csv' });
    expect(report.kind).toBe('combined');
    // 12 order lines (9 + 3), 3 of them back
    const [counts] = await store.db.all('SELECT (SELECT count(*) FROM order_lines)::INTEGER AS lines, (SELECT count(*) FROM returns)::INTEGER AS returns');
    expect(counts).toEqual({ lines: 12, returns: 3 });
  });

  it('stays combined when a return flag says which lines came back, though its first 2,000 rows all did', async () => {
    // an export sorted by its return column, returned lines first: 2,000 lines back (Returned: Yes,
    // each its own return id and a refund), then 10 not (No, no id). The sample (the first 2,000
    // rows) has a return id on every row, yet the flag says per line which came back
    const rows = ['Order ID,Order Date,SKU,Quantity,Unit Price,Returned,Return ID,Refund Amount'];
    for (let i = 0; i < 2000; i++) rows.push(`${5000 + i},2025-03-01,REM-01,1,100.00,Yes,R-${i},100.00`);
    for (let i = 0; i < 10; i++) rows.push(`${8000 + i},2025-03-01,REM-01,1,100.00,No,,`);
    const report = await importedReport(store.app, rows.join('\n'), { fileName: 'orders-returns-first.csv', mode: 'replace' });
    expect(report.kind).toBe('combined');
    // 2,010 order lines (2,000 + 10), 2,000 of them back
    const [counts] = await store.db.all('SELECT (SELECT count(*) FROM order_lines)::INTEGER AS lines, (SELECT count(*) FROM returns)::INTEGER AS returns');
    expect(counts).toEqual({ lines: 2010, returns: 2000 });
  });

  it('leaves a returns export whose one return has most of its rows a returns file', async () => {
    // a return of 5 items (R-9 of order 4000) among 7 rows: more than four rows and a quarter of
    // them under one id, but all of one order, so a return's own id, not a placeholder
    const rows = ['Order ID,Order Date,SKU,Quantity,Unit Price,Return ID,Return Reason,Refund Amount'];
    for (let i = 0; i < 5; i++) rows.push(`4000,2025-03-01,SKU-${i},1,100.00,R-9,Too small,100.00`);
    rows.push('4001,2025-03-02,SKU-0,1,100.00,R-10,Too big,100.00', '4002,2025-03-02,SKU-1,1,100.00,R-11,Too big,100.00');
    const report = await importedReport(store.app, rows.join('\n'), { fileName: 'returns-export.csv', mode: 'replace' });
    expect(report.kind).toBe('returns');
  });
});
