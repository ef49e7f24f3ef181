import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// Two exports of the same returns without return ids, one from a tool that writes times in UTC
// ("2025-03-04T01:30:00Z", read at its wall clock) and one in the shop's local time (Buenos Aires,
// UTC−3: "2025-03-03 22:30"). A return asked for late in the evening lands on another day in each,
// so keyed on its order, SKU and request day it was stored twice: both units of the line back where
// one came back, reported as success.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const importCsv = (lines: string[], kind: string) => importedReport(store.app, lines.join('\n'), { kind });

const orders = ['order_id,ordered_at,sku,quantity,unit_price', '1003,2025-03-03 10:00:00,REM-01,2,30.00', '1004,2025-03-03 11:00:00,GOR-03,1,15.00'];
const header = 'order_id,sku,quantity,requested_at,reason,status';

async function march() {
  const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-31' } }));
  return { returns: s.returns, unitsReturned: s.unitsReturned, returnedValue: s.returnedValue };
}

describe('a return whose request time one export writes in UTC and the next in local time', () => {
  it('is one return, whichever comes first', async () => {
    await importCsv(orders, 'orders');
    await importCsv([header, '1003,REM-01,1,2025-03-04T01:30:00Z,Too small,Requested'], 'returns');
    await importCsv([header, '1003,REM-01,1,2025-03-03 22:30:00,Too small,Requested'], 'returns');
    // 1 of REM-01's 2 units, 30.00
    expect(await march()).toEqual({ returns: 1, unitsReturned: 1, returnedValue: 30 });
    await importCsv([header, '1003,REM-01,1,2025-03-04T01:30:00Z,Too small,Requested'], 'returns');
    expect(await march()).toEqual({ returns: 1, unitsReturned: 1, returnedValue: 30 });
  });

  it('withdrawn in the other export, is no return', async () => {
    await importCsv(orders, 'orders');
    await importCsv([header, '1003,REM-01,1,2025-03-03 22:30:00,Too small,Requested'], 'returns');
    await importCsv([header, '1003,REM-01,1,2025-03-04T01:30:00Z,Too small,Cancelled'], 'returns');
    expect(await march()).toEqual({ returns: 0, unitsReturned: 0, returnedValue: 0 });
  });

  it('keeps two returns of a line asked for hours apart at times no offset explains', async () => {
    await importCsv(orders, 'orders');
    await importCsv([header, '1003,REM-01,1,2025-03-03 22:30:00,Too small,Requested'], 'returns');
    // 3 h 17 min later: not 22:30 in another zone, a second unit asked back
    await importCsv([header, '1003,REM-01,1,2025-03-04 01:47:00,Too small,Requested'], 'returns');
    expect(await march()).toEqual({ returns: 2, unitsReturned: 2, returnedValue: 60 });
  });
});
