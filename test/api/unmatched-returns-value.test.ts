import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// January: one order line of 2 × 50, one unit of it returned for a refund of 50; and a return of
// an order placed before the export begins (not in the data): 2 units, refunded 100. On
// basis=return both are January's returns. The older one was counted in the refunds but carried
// no value, so more was paid back (150) than came back (50): an unsettled value of −100.
let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
  await importedReport(store.app, ['order_id,ordered_at,sku,quantity,unit_price', 'A1,2025-01-05,S1,2,50.00'].join('\n'), { fileName: 'orders.csv', kind: 'orders' });
  await importedReport(
    store.app,
    ['return_id,order_id,sku,quantity,requested_at,resolution,amount', 'R1,A1,S1,1,2025-01-15,Refund,50.00', 'R2,OLD-9,S1,2,2025-01-20,Refund,100.00'].join('\n'),
    { fileName: 'returns.csv', kind: 'returns' },
  );
});
afterEach(() => store.close());

describe('a return whose order is not in the data, on basis=return', () => {
  it('is valued at what was given back for it, so no more is paid back than came back', async () => {
    const get = async (path: string) => (await store.app.request(`/api/metrics/${path}?from=2025-01-01&to=2025-01-31&basis=return`)).json();
    const summary = await get('summary');
    expect(summary).toMatchObject({ unitsReturned: 3, returnedValue: 150, refundedValue: 150 });
    const recovery = await get('value-recovery');
    expect(recovery.unsettledValue).toBe(0);
  });
});
