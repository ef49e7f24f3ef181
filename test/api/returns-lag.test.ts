import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A returns export taken on 10 October, then an orders export taken on 15 October: the returns of
// the days between are not in the data, and every rate of those days reads low until they are.
let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

const day = (d: number) => `2025-10-${String(d).padStart(2, '0')} 10:00:00`;
const orders = ['order_id,ordered_at,sku,quantity,unit_price', ...[...Array(15).keys()].map((i) => `O${i + 1},${day(i + 1)},A,1,10.00`)].join('\n');
/** O1…On each back the day after it was ordered. */
const returns = (n: number) => ['return_id,order_id,sku,quantity,requested_at,reason,resolution', ...[...Array(n).keys()].map((i) => `R${i + 1},O${i + 1},A,1,${day(i + 2)},Talle pequeño,Reembolso`)].join('\n');
const returnsLag = async () => (await parseResponse(store.client.api.dataset.$get())).returnsLag;

describe('returns imported that stop well before the orders', () => {
  it('are named by the dataset until newer returns are imported', async () => {
    await importedReport(store.app, returns(9), { fileName: 'returns-10-oct.csv', kind: 'returns' });
    expect(await returnsLag()).toBeNull();
    await importedReport(store.app, orders, { fileName: 'orders-15-oct.csv', kind: 'orders' });
    expect(await returnsLag()).toEqual({ returnsEnd: '2025-10-10T10:00:00', ordersEnd: '2025-10-15T10:00:00' });
    await importedReport(store.app, returns(13), { fileName: 'returns-14-oct.csv', kind: 'returns' });
    expect(await returnsLag()).toBeNull();
  });
});
