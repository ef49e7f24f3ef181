import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A line can come back at most as many units as were sold of it. A returns export that says more
// (a quantity typed wrong, or the same return exported twice under two ids by two tools) pushes the
// line's return rate above 100 %: the import cannot tell which figure is wrong, so it must say so.
// It warned only of a line returned on several rows under one id; a single return of 3 units of a
// line of 1, or a second export's return of a line already returned whole, went by in silence.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const importCsv = (lines: string[], kind: string) => importedReport(store.app, lines.join('\n'), { kind });
const overReturned = (report: { warnings: Array<{ code: string }> }) => report.warnings.find((w) => w.code === 'returned_more_than_sold');

const orders = ['Order ID,Order Date,SKU,Quantity,Unit Price', '1002,2025-03-02,ABC-1,1,20.00', '1003,2025-03-03,REM-01,2,30.00', '1003,2025-03-03,GOR-03,1,15.00'];
const returnsHeader = 'Return ID,Order ID,SKU,Quantity,Requested At,Reason';

describe('returns of a line that add up to more than was sold', () => {
  it('are named when one return says more units than its line sold', async () => {
    await importCsv(orders, 'orders');
    const report = await importCsv([returnsHeader, 'R1,1002,ABC-1,3,2025-03-05 10:00,Defective', 'R2,1003,GOR-03,1,2025-03-05 11:00,Defective'], 'returns');
    expect(overReturned(report)).toMatchObject({ count: 1, examples: ['1002 / ABC-1'] });
    // the figure stands as the file says, named: 3 units back of ABC-1's 1
    const bySku = await parseResponse(store.client.api.metrics.breakdown.$get({ query: { from: '2025-03-01', to: '2025-03-31', by: 'sku' } }));
    expect(bySku.rows.find((r) => r.key === 'ABC-1')).toMatchObject({ unitsSold: 1, unitsReturned: 3, returnRateUnits: 3 });
  });

  it('are named when a second export returns a line the first returned whole', async () => {
    await importCsv(orders, 'orders');
    await importCsv([returnsHeader, 'R7,1003,REM-01,2,2025-03-05 10:00,Too small'], 'returns');
    // another tool's export of the same returns, with its own numbering
    const report = await importCsv([returnsHeader, 'RMA-0007,1003,REM-01,1,2025-03-06 09:00,Too small'], 'returns');
    // REM-01 of 1003: 2 + 1 = 3 units back of 2 sold
    expect(overReturned(report)).toMatchObject({ count: 1, examples: ['1003 / REM-01'] });
  });

  it('are not named while every line is within what it sold', async () => {
    await importCsv(orders, 'orders');
    await importCsv([returnsHeader, 'R7,1003,REM-01,1,2025-03-05 10:00,Too small'], 'returns');
    // 1 + 1 of REM-01's 2, and 1 of GOR-03's 1
    const report = await importCsv([returnsHeader, 'R8,1003,REM-01,1,2025-03-06 09:00,Too small', 'R9,1003,GOR-03,1,2025-03-06 09:00,Defective'], 'returns');
    expect(overReturned(report)).toBeUndefined();
  });
});
