import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A returns file whose SKUs are written otherwise than the orders file's: a spreadsheet dropped the
// leading zeros of "00123", saved "77" as "77.0", or another tool wrote "ABC-1" in small letters.
// Such a return links to no sale: by order it counts nowhere, and the report said only that some
// returns link to no order line, with no word that their orders are in the data under those SKUs,
// so importing the orders again, as it advises, changes nothing.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const importCsv = (lines: string[], kind: string) => importedReport(store.app, lines.join('\n'), { kind });
const skuLookAlikes = (report: { warnings: Array<{ code: string }> }) => report.warnings.find((w) => w.code === 'skus_written_differently');

const orders = [
  'Order ID,Order Date,SKU,Quantity,Unit Price',
  '1001,2025-03-01,00123,2,10.00',
  '1002,2025-03-02,ABC-1,1,20.00',
  '1004,2025-03-03,77,1,5.00',
  '1005,2025-03-03,X-9,1,8.00',
  '1006,2025-03-04,00124,1,9.00',
];
const returns = [
  'Order ID,SKU,Quantity,Requested At,Reason',
  '1001,123,1,2025-03-05 10:00,Too small',
  '1002,abc-1,1,2025-03-05 10:00,Too small',
  '1004,77.0,1,2025-03-06 10:00,Defective',
  // a product the order does not have, nor anything like it: unmatched, and no look-alike
  '1005,Y-1,1,2025-03-06 10:00,Defective',
  // 123 is not 124: of order 1006, 00124 is no look-alike of 123
  '1006,123,1,2025-03-06 11:00,Defective',
];

describe('returns whose SKU the orders file writes another way', () => {
  it('are named with the SKU their order lists, not linked', async () => {
    await importCsv(orders, 'orders');
    const report = await importCsv(returns, 'returns');
    expect(report.unmatchedReturns).toBe(5);
    expect(skuLookAlikes(report)).toMatchObject({ count: 3, examples: ['1001: 123 / 00123', '1002: abc-1 / ABC-1', '1004: 77.0 / 77'] });
    // by order none counts: the figures stay those of the files, named
    const march = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-03-01', to: '2025-03-31' } }));
    expect(march).toMatchObject({ returns: 0, unitsReturned: 0, unitsSold: 6 });
  });

  it('are named when the orders come after the returns', async () => {
    await importCsv(returns, 'returns');
    const report = await importCsv(orders, 'orders');
    expect(skuLookAlikes(report)).toMatchObject({ count: 3, examples: ['1001: 123 / 00123', '1002: abc-1 / ABC-1', '1004: 77.0 / 77'] });
  });
});
