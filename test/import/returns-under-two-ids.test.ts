import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// Two tools number the same returns each their own way: the shop's returns page "R7", a returns
// app or an ERP "RMA-0007". Ids that differ are two returns as far as anything can tell, so the
// second export's is stored beside the first's, each counted. Asked for in the same second, of the
// same line, for the same units, they are most likely one: named, so that the exports can be
// brought to one numbering. The second came in without a word, 2 of the line's 2 units back.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const importCsv = (lines: string[]) => importedReport(store.app, lines.join('\n'), { kind: 'returns' });
const underOtherIds = (report: { warnings: Array<{ code: string }> }) => report.warnings.find((w) => w.code === 'returns_stored_under_other_ids');

const orders = ['order_id,ordered_at,sku,quantity,unit_price', '1003,2025-03-03 10:00:00,REM-01,2,30.00', '1004,2025-03-03 11:00:00,GOR-03,1,15.00'];
const header = 'return_id,order_id,sku,quantity,requested_at,reason';

describe('a return another export stored under another id', () => {
  it('is named when it has the same line, units and request time', async () => {
    await importedReport(store.app, orders.join('\n'), { kind: 'orders' });
    await importCsv([header, 'R7,1003,REM-01,1,2025-03-05 10:12:31,Too small', 'R8,1004,GOR-03,1,2025-03-05 11:00:00,Defective']);
    const report = await importCsv([header, 'RMA-0007,1003,REM-01,1,2025-03-05 10:12:31,Too small', 'RMA-0009,1004,GOR-03,1,2025-03-06 09:00:00,Defective']);
    expect(underOtherIds(report)).toMatchObject({ count: 1, examples: ['RMA-0007 / R7'] });
    // named, not merged: R7, RMA-0007 and both GOR-03 returns stand as the files say
    const march = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-31' } }));
    expect(march).toMatchObject({ returns: 4, unitsReturned: 4 });
  });

  it('is not named for the same ids again, nor for returns of one request numbered per unit', async () => {
    await importedReport(store.app, orders.join('\n'), { kind: 'orders' });
    await importCsv([header, 'R8,1004,GOR-03,1,2025-03-05 11:00:00,Defective']);
    const perUnit = [header, 'RMA-1,1003,REM-01,1,2025-03-05 10:12:31,Too small', 'RMA-2,1003,REM-01,1,2025-03-05 10:12:31,Too small'];
    expect(underOtherIds(await importCsv(perUnit))).toBeUndefined();
    expect(underOtherIds(await importCsv(perUnit))).toBeUndefined();
  });
});
