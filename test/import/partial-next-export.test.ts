import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// The next export replaces each order it lists whole (delete_overlapping_order_lines.sql). A later
// file that lists only some lines of stored orders took the others out, silently: an ERP's report of
// returned lines, read as orders with their returns, and an export filtered by product or category.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const importCsv = (lines: string[], kind?: string) => importedReport(store.app, lines.join('\n'), kind ? { kind } : {});
type Warning = { code: string; message: string; count?: number; examples?: string[] };
const warning = (report: { warnings: Warning[] }, code: string) => report.warnings.find((w) => w.code === code);

const june = async () => {
  const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-06-01', to: '2025-06-30' } }));
  const { orders, unitsSold, grossSales, returns, unitsReturned, returnedValue, returnRateUnits } = s;
  return { orders, unitsSold, grossSales, returns, unitsReturned, returnedValue, returnRateUnits };
};

// a shop's orders export: 3 orders, 1 + 2 + 1 + 2 + 1 = 7 units, 45 + 90 + 12 + 24 + 45 = 216.00
const ordersExport = [
  'Order ID,Order Date,Customer Email,SKU,Product,Category,Quantity,Unit Price',
  'B-200,2025-06-02 09:15,rosa@example.com,JEAN-32,Jean,Bottoms,1,45.00',
  'B-201,2025-06-02 11:40,tomas@example.com,JEAN-30,Jean,Bottoms,2,45.00',
  'B-201,2025-06-02 11:40,tomas@example.com,BELT,Belt,Accessories,1,12.00',
  'B-202,2025-06-03 16:05,ines@example.com,BELT,Belt,Accessories,2,12.00',
  'B-202,2025-06-03 16:05,ines@example.com,JEAN-34,Jean,Bottoms,1,45.00',
];

describe('a report of returned lines with its orders’ columns', () => {
  // every row says Returned = Yes; B-201's row gives the unit that came back, not the 2 sold
  const returnedLines = [
    'Order ID,Order Date,Customer Email,SKU,Product,Quantity,Unit Price,Returned,Return Date,Return Reason',
    'B-201,2025-06-02 11:40,tomas@example.com,JEAN-30,Jean,1,45.00,Yes,2025-06-12 10:00,Too small',
    'B-202,2025-06-03 16:05,ines@example.com,JEAN-34,Jean,1,45.00,Yes,2025-06-14 10:00,Changed my mind',
  ];

  it('adds its returns and leaves the stored sales as they were', async () => {
    await importCsv(ordersExport);
    const report = await importCsv(returnedLines);
    expect(report.kind).toBe('combined');
    // sales as the orders export says: 7 units, 216.00; back: B-201's JEAN-30 and B-202's JEAN-34, a
    // unit each at 45.00: 2 returns, 2 units, 90.00, 2 / 7 of the units. Read as the next export of
    // B-201 and B-202, their belts went and B-201's jeans were 1 sold: 3 units, 135.00, 2 / 3 back
    expect(await june()).toMatchObject({ orders: 3, unitsSold: 7, grossSales: 216, returns: 2, unitsReturned: 2, returnedValue: 90 });
    expect((await june()).returnRateUnits).toBeCloseTo(2 / 7, 10);
    // the lines keep the category the report has no column for: Bottoms sold 1 + 2 + 1, 2 back
    const byCategory = await parseResponse(store.client.api.metrics.breakdown.$get({ query: { from: '2025-06-01', to: '2025-06-30', by: 'category' } }));
    expect(byCategory.rows.map((r) => [r.key, r.unitsSold, r.unitsReturned])).toEqual(
      expect.arrayContaining([
        ['Bottoms', 4, 2],
        ['Accessories', 3, 0],
      ]),
    );
    expect(warning(report, 'sales_kept_as_stored')).toMatchObject({ count: 2 });
    expect(warning(report, 'order_lines_taken_off')).toBeUndefined();
  });

  it('imported first, its lines are the sales until the orders export replaces them', async () => {
    const report = await importCsv(returnedLines);
    expect(warning(report, 'sales_kept_as_stored')).toBeUndefined();
    expect(await june()).toMatchObject({ orders: 2, unitsSold: 2, grossSales: 90, unitsReturned: 2 });
    await importCsv(ordersExport);
    expect(await june()).toMatchObject({ orders: 3, unitsSold: 7, grossSales: 216, unitsReturned: 2, returnedValue: 90 });
  });
});

describe('an export that lists only some lines of stored orders', () => {
  it('takes the others out and says how many, worth how much, of which orders', async () => {
    await importCsv(ordersExport);
    // the same export filtered to category Accessories
    const report = await importCsv([ordersExport[0]!, ordersExport[3]!, ordersExport[4]!]);
    // B-201's 2 × JEAN-30 (90.00) and B-202's JEAN-34 (45.00) are not in it: 3 units, 135.00 taken
    // out, as the rule says for an order edited since; 7 − 3 = 4 units, 216 − 135 = 81.00 left
    expect(await june()).toMatchObject({ orders: 3, unitsSold: 4, grossSales: 81 });
    const taken = warning(report, 'order_lines_taken_off');
    expect(taken).toMatchObject({ count: 2, examples: ['B-201 / JEAN-30', 'B-202 / JEAN-34'] });
    expect(taken!.message).toContain('2 order(s)');
    expect(taken!.message).toContain('3 unit(s)');
    expect(taken!.message).toContain('135.00');
  });

  it('counts a SKU’s units the order has fewer of, not a line whose key moved', async () => {
    const header = 'order_id,ordered_at,sku,quantity,unit_price';
    await importCsv([header, 'C-1,2025-06-05 10:00:00,TEE,1,10.00', 'C-1,2025-06-05 10:00:00,TEE,2,10.00', 'C-2,2025-06-06 10:00:00,MUG,1,30.00'], 'orders');
    // C-1's 1-unit TEE line taken off (its 2-unit line is now the first of the SKU); C-2's MUG at
    // 2 × 25.00 and a CAP added: nothing taken off C-2
    const report = await importCsv([header, 'C-1,2025-06-05 10:00:00,TEE,2,10.00', 'C-2,2025-06-06 10:00:00,MUG,2,25.00', 'C-2,2025-06-06 10:00:00,CAP,1,5.00'], 'orders');
    // C-1: 3 units, 30.00 stored; 2 units, 20.00 listed: 1 unit, 10.00 taken off (by key, the
    // 2-unit line of 20.00 looked taken off)
    const taken = warning(report, 'order_lines_taken_off');
    expect(taken).toMatchObject({ count: 1, examples: ['C-1 / TEE'] });
    expect(taken!.message).toContain('1 unit(s)');
    expect(taken!.message).toContain('10.00');
    expect(await june()).toMatchObject({ orders: 2, unitsSold: 5, grossSales: 75 });
  });

  it('is not said of an export that lists its orders as they were', async () => {
    await importCsv(ordersExport);
    const report = await importCsv([...ordersExport, 'B-203,2025-06-04 12:00,leo@example.com,BELT,Belt,Accessories,1,12.00']);
    expect(warning(report, 'order_lines_taken_off')).toBeUndefined();
    expect(await june()).toMatchObject({ orders: 4, unitsSold: 8, grossSales: 228 });
  });
});
