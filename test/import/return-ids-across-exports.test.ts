import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// One return, exported by two tools that write its id differently: Shopify names a return
// "#1003-R1", and an app or a spreadsheet of the same returns writes "1003-R1", as order numbers
// lose their '#' between exports. Keyed on the id as written, the next export added the return
// again beside the stored one: 2 returns and 2 of the 2 units sold back, reported as success.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const importCsv = (lines: string[], kind: string) => importedReport(store.app, lines.join('\n'), { kind });

const orders = ['order_id,ordered_at,sku,quantity,unit_price', '#1003,2025-03-03 20:00:00,REM-01,2,30.00', '#1004,2025-03-04 10:00:00,GOR-03,1,15.00'];
const returnsHeader = 'return_id,order_id,sku,quantity,requested_at,reason,resolution';

async function march() {
  const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-31' } }));
  return { returns: s.returns, unitsReturned: s.unitsReturned, returnedValue: s.returnedValue, returnRateUnits: s.returnRateUnits };
}

describe('a return id written with a leading # in one export and without it in the next', () => {
  it('is one return', async () => {
    await importCsv(orders, 'orders');
    await importCsv([returnsHeader, '1003-R1,1003,REM-01,1,2025-03-10 10:00:00,Too small,refund'], 'returns');
    await importCsv([returnsHeader, '#1003-R1,#1003,REM-01,1,2025-03-10 10:00:00,Too small,refund'], 'returns');
    // 1 of the 3 units sold (2 of REM-01, 1 of GOR-03) came back, at 30.00
    expect(await march()).toEqual({ returns: 1, unitsReturned: 1, returnedValue: 30, returnRateUnits: 1 / 3 });
  });

  it('is one return when the id with its # was stored before ids lost it', async () => {
    await importCsv(orders, 'orders');
    await importCsv([returnsHeader, '1003-R1,1003,REM-01,1,2025-03-10 10:00:00,Too small,refund'], 'returns');
    // as a database that stored Shopify's export before return ids were read without their '#' holds it
    await store.db.withSession((session) => session.run("UPDATE returns SET return_id = '#1003-R1'"));
    await importCsv([returnsHeader, '1003-R1,1003,REM-01,1,2025-03-10 10:00:00,Too small,refund'], 'returns');
    expect(await march()).toEqual({ returns: 1, unitsReturned: 1, returnedValue: 30, returnRateUnits: 1 / 3 });
  });

  it('keeps returns whose ids differ by more than the # apart', async () => {
    await importCsv(orders, 'orders');
    await importCsv([returnsHeader, '#1003-R1,1003,REM-01,1,2025-03-10 10:00:00,Too small,refund', '#1003-R2,1003,REM-01,1,2025-03-12 10:00:00,Too small,refund'], 'returns');
    await importCsv([returnsHeader, '1003-R1,1003,REM-01,1,2025-03-10 10:00:00,Too small,refund'], 'returns');
    // R1 and R2: both units of REM-01, 60.00
    expect(await march()).toEqual({ returns: 2, unitsReturned: 2, returnedValue: 60, returnRateUnits: 2 / 3 });
  });
});
