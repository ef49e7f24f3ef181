import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A value copied from a web page or a spreadsheet cell often ends in a no-break space (U+00A0, or
// the narrow U+202F): "R1 " looks like "R1" on screen and in the file. Trimmed of plain spaces
// only, it was another id: the next export's "R1" was stored beside it as a second return, and an
// order "1003 " was another order than the returns file's "1003".

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const nbsp = '\u00a0';
const narrow = '\u202f';
const importCsv = (lines: string[], kind: string) => importedReport(store.app, lines.join('\n'), { kind });

it('ids, order numbers and SKUs that end or start with a no-break space are the same as without it', async () => {
  await importCsv(['order_id,ordered_at,sku,quantity,unit_price', `1003${nbsp},2025-03-03 20:00:00,REM-01${narrow},2,30.00`, '1004,2025-03-04 10:00:00,GOR-03,1,15.00'], 'orders');
  const header = 'return_id,order_id,sku,quantity,requested_at,reason,resolution';
  await importCsv([header, `R1${nbsp},1003,REM-01,1,2025-03-10 10:00:00,Too small,refund`], 'returns');
  await importCsv([header, `${nbsp}R1,${narrow}1003,REM-01${nbsp},1,2025-03-10 10:00:00,Too small,refund`], 'returns');
  const s = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-31' } }));
  // two orders, 3 units, 75.00 sold; one return of 1 REM-01 unit at 30.00, linked to its sale
  expect(s).toMatchObject({ orders: 2, unitsSold: 3, grossSales: 75, returns: 1, unitsReturned: 1, returnedValue: 30 });
  const stored = await store.db.withSession((session) => session.all('SELECT return_id, order_id, sku FROM returns'));
  expect(stored).toEqual([{ return_id: 'R1', order_id: '1003', sku: 'REM-01' }]);
});
