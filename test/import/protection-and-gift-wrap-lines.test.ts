import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A Shopify "Export orders" where most orders carry a line that ships nothing: Route's package
// protection (SKU ROUTEINS), gift wrap, a "Seguro de envío", Seel's "Worry-Free Purchase". Counted
// as products, they were units sold no customer could send back, and lowered every return rate.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

// Shopify writes an order's own columns (Email, Currency, totals, address) on its first line only
const header =
  'Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Shipping,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Lineitem requires shipping,Lineitem discount,Shipping Province,Shipping Country,Cancelled at,Refunded Amount,Source';
const orders = [
  header,
  '#2201,leo@example.com,paid,2025-09-02 10:15:04 -0300,fulfilled,USD,50.35,0.00,50.35,2025-09-02 10:15:00 -0300,1,Buzo oversize - M,48.00,BUZ-M,true,0.00,Buenos Aires,AR,,0.00,web',
  '#2201,,,,,,,,,2025-09-02 10:15:00 -0300,1,Route Package Protection - $2.35,2.35,ROUTEINS,false,0.00,,,,,',
  '#2202,ana@example.com,paid,2025-09-03 18:40:11 -0300,fulfilled,USD,37.50,0.00,37.50,2025-09-03 18:40:00 -0300,2,Remera básica - S,15.00,REM-S,true,0.00,Córdoba,AR,,0.00,web',
  '#2202,,,,,,,,,2025-09-03 18:40:00 -0300,1,Gift wrap,4.00,GIFTWRAP,false,0.00,,,,,',
  '#2202,,,,,,,,,2025-09-03 18:40:00 -0300,1,Seguro de envío,3.50,,false,0.00,,,,,',
  '#2203,mia@example.com,paid,2025-09-04 09:02:37 -0300,fulfilled,USD,23.20,0.00,23.20,2025-09-04 09:02:30 -0300,1,Gorra,22.00,GOR-1,true,0.00,Mendoza,AR,,0.00,web',
  '#2203,,,,,,,,,2025-09-04 09:02:30 -0300,1,Worry-Free Purchase,1.20,SEEL-WFP,false,0.00,,,,,',
  // a gift box sold as a product stays one
  '#2204,sol@example.com,paid,2025-09-05 12:00:09 -0300,fulfilled,USD,30.00,0.00,30.00,2025-09-05 12:00:00 -0300,1,Gift box set - Lavanda,30.00,GBS-LAV,true,0.00,Salta,AR,,0.00,web',
].join('\n');

const returns = [
  'Return ID,Order,SKU,Quantity,Reason,Requested at,Resolution,Refund amount',
  'R1,#2201,BUZ-M,1,Too small,2025-09-12 10:00,Refund,48.00',
  'R2,#2202,REM-S,1,Too large,2025-09-13 10:00,Refund,15.00',
].join('\n');

it('a protection, gift wrap or a "Worry-Free Purchase" line is no product sold', async () => {
  const report = await importedReport(store.app, orders, { fileName: 'orders_export.csv' });
  expect(report).toMatchObject({ source: 'shopify', rowsImported: 4, rowsRejected: 4 });
  expect(report.warnings).toContainEqual(
    expect.objectContaining({ code: 'charge_lines_left_out', count: 4, examples: ['GIFTWRAP', 'ROUTEINS', 'SEEL-WFP', 'Seguro de envío'] }),
  );
  await importedReport(store.app, returns, { kind: 'returns' });
  const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-09-01', to: '2025-09-30' } }));
  // products sold: 1 BUZ-M at 48.00, 2 REM-S at 15.00, 1 GOR-1 at 22.00, 1 GBS-LAV at 30.00 in 4 orders;
  // 1 BUZ-M and 1 REM-S back (63.00). Before: 9 units and 141.05 sold, 22.2 % of units back
  expect(s).toMatchObject({ orders: 4, unitsSold: 5, grossSales: 130, unitsReturned: 2, returnedValue: 63, returnRateUnits: 0.4, returnRateOrders: 0.5 });
  expect(s.returnRateValue).toBeCloseTo(63 / 130, 10);
});
