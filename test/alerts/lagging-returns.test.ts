import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// The returns export was taken on 30 September, the orders export later (its last order on
// 25 October), and the orders imported last: the checks judge at the returns' end, the export's
// last request, on 8 September. Orders on the 25th, one unit each; of the lines that come back
// (10 %), one in five is asked back after 10 days, four in five after 45 (the learnt window):
//   GONE-1  1,000 lines in July only: 100 back, the last on 8 September
//   STAY-1  1,000 lines a month, July–October: July's 100 back; August's 20 so far (its 45-day
//           returns fall in October); later months', none
// The rule's 90 days end on 8 September: July and August, both still collecting returns then.
// Judged from the orders' end, both were settled and pooled, and GONE-1's 100 of 1,000 set
// against STAY-1's 120 of 2,000 read as 1.7× the rest. Like for like, July against July, GONE-1
// returns as STAY-1 does.
const dayMs = 86_400_000;
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
const returnsExportedAt = Date.parse('2025-09-30T23:00:00Z');

function shop() {
  const orders = ['order_id,ordered_at,sku,category,quantity,unit_price,currency'];
  const returns = ['return_id,order_id,sku,quantity,reason,requested_at,resolution,amount'];
  const plan = [
    { sku: 'GONE-1', months: ['07'] },
    { sku: 'STAY-1', months: ['07', '08', '09', '10'] },
  ];
  for (const { sku, months } of plan) {
    for (const month of months) {
      const orderedAt = Date.parse(`2025-${month}-25T10:00:00Z`);
      for (let n = 0; n < 1000; n++) {
        const orderId = `${sku}-${month}-${n}`;
        orders.push(`${orderId},${stamp(orderedAt)},${sku},Calzado,1,1000,ARS`);
        if (n >= 100) continue;
        const requestedAt = orderedAt + (n % 5 === 0 ? 10 : 45) * dayMs;
        if (requestedAt <= returnsExportedAt) returns.push(`R-${orderId},${orderId},${sku},1,size_too_small,${stamp(requestedAt)},refund,1000`);
      }
    }
  }
  return { orders: `${orders.join('\n')}\n`, returns: `${returns.join('\n')}\n` };
}

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
  const { orders, returns } = shop();
  await importedReport(store.app, returns, { fileName: 'returns.csv', kind: 'returns' });
  await importedReport(store.app, orders, { fileName: 'orders.csv', kind: 'orders' });
});
afterAll(() => store.close());

describe('a rule that asks the cause finder while the returns lag the orders', () => {
  it("ages the window's months at the returns' end: a product sold before a month still collecting is not above it", async () => {
    await parseResponse(store.client.api.alerts.rules.$post({ json: { name: 'gone', kind: 'above_baseline', segment: { sku: 'GONE-1' }, windowDays: 90 } as never }));
    const report = await parseResponse(store.client.api.alerts.check.$post());
    expect(report.asOf).toBe('2025-09-08T10:00:00');
    expect(report.failed).toEqual([]);
    expect(report.fired.map((alert) => alert.rule.name)).toEqual([]);
  });
});
