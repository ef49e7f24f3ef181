import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// The situation every manager has each month: the shop's next export imported into a database
// that already holds the earlier ones. Whatever overlaps, the figures must be those of the data
// as the latest export tells it, never the two exports added up.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const importCsv = (lines: string[], options: { kind?: string; mode?: string } = {}) => importedReport(store.app, lines.join('\n'), options);

/** The summary's sales and returns figures over 2025, on the given basis. */
async function figures(basis: 'order' | 'return' = 'order') {
  const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-01-01', to: '2025-12-31', basis } }));
  const { orders, unitsSold, grossSales, returns, unitsReturned, returnedValue, refundedValue, storeCreditValue } = s;
  return { orders, unitsSold, grossSales, returns, unitsReturned, returnedValue, refundedValue, storeCreditValue };
}

describe('an order edited between two exports', () => {
  const header = 'order_id,ordered_at,sku,quantity,unit_price';

  it('counts the order as the later export lists it: a line removed, a SKU’s second line taken off, a line added', async () => {
    await importCsv(
      [
        header,
        'O1,2025-03-10 10:00:00,A,1,10.00',
        'O1,2025-03-10 10:00:00,B,1,20.00',
        'O2,2025-03-11 10:00:00,A,1,10.00',
        'O2,2025-03-11 10:00:00,A,2,10.00',
        'O3,2025-03-12 10:00:00,C,1,30.00',
      ],
      { kind: 'orders' },
    );
    // the March–May export, taken after the orders were edited: O1 without its line B, O2 with one
    // line of A (its 1-unit line taken off), O3 with C at 2 × 25.00 and a line D added
    await importCsv(
      [
        header,
        'O1,2025-03-10 10:00:00,A,1,10.00',
        'O2,2025-03-11 10:00:00,A,2,10.00',
        'O3,2025-03-12 10:00:00,C,2,25.00',
        'O3,2025-03-12 10:00:00,D,1,5.00',
      ],
      { kind: 'orders' },
    );
    // O1 10.00 + O2 20.00 + O3 50.00 + 5.00 = 85.00 over 1 + 2 + 2 + 1 = 6 units. Keyed on the line,
    // O1's B (20.00) and O2's second A line (2 × 10.00) stayed: 125.00 over 9 units
    expect(await figures()).toMatchObject({ orders: 3, unitsSold: 6, grossSales: 85 });
    const rows = await parseResponse(store.client.api.rows['order-lines'].$get({ query: { from: '2025-03-01', to: '2025-03-31', limit: '500' } }));
    expect({ total: rows.total, totals: rows.totals }).toEqual({ total: 4, totals: { units: 6, value: 85 } });
    const trend = await parseResponse(store.client.api.metrics.trend.$get({ query: { from: '2025-03-01', to: '2025-03-31' } }));
    expect(trend.rows.map((r) => ({ month: r.month, unitsSold: r.unitsSold, grossSales: r.grossSales }))).toEqual([{ month: '2025-03-01', unitsSold: 6, grossSales: 85 }]);
  });

  it('a Shopify export that lists an order of several lines again, one line fewer', async () => {
    const shopify = 'Name,Email,Financial Status,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Lineitem discount,Shipping Country';
    const order1001 = [
      '#1001,ana@example.com,paid,USD,2025-03-31 22:30:00 -0400,2,Tee - M,40.00,TEE-M,0.00,US',
      '#1001,,,,2025-03-31 22:30:00 -0400,1,Cap,50.00,CAP,0.00,',
    ];
    await importCsv([shopify, ...order1001, '#1001,,,,2025-03-31 22:30:00 -0400,1,Socks,5.00,SOCK,0.00,', '#1002,bob@example.com,paid,USD,2025-04-02 10:00:00 -0400,1,Hoodie - L,80.00,HOOD-L,10.00,US']);
    // the next export: #1001 edited (the socks taken off), #1002 as it was, #1003 new
    await importCsv([shopify, ...order1001, '#1002,bob@example.com,paid,USD,2025-04-02 10:00:00 -0400,1,Hoodie - L,80.00,HOOD-L,10.00,US', '#1003,cy@example.com,paid,USD,2025-04-05 10:00:00 -0400,1,Hoodie - L,80.00,HOOD-L,0.00,US']);
    // #1001 2 × 40.00 + 50.00 = 130.00, #1002 80.00 − 10.00 = 70.00, #1003 80.00: 280.00 over 5
    // units (with the socks left from the first export: 285.00 over 6)
    expect(await figures()).toMatchObject({ orders: 3, unitsSold: 5, grossSales: 280 });
  });
});
