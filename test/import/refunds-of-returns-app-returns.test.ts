import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../server/import/import-file.ts';
import { openTestStore, writeTempFile } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A shop exports its WooCommerce orders with the refund columns (Advanced Order Export) and its
// returns app's returns. The platform's row of a return has no id and is dated on the day of the
// refund, made once the parcel was back; the app's has its RMA number and the request's own day,
// a week or two earlier. Keyed on (order, SKU, request day) the two never met and each return
// counted twice: 6 returns, 6 of 8 units (75 %), 62.00 refunded, where the truth is 4, 4 (50 %)
// and 38.50.
//
// Worked by hand: 8 units sold (5101 1 scarf, 5102 4 socks, 5103 2 caps, 5104 1 scarf), 88.00.
// 5101 SCARF-R: RMA-7701 requested 6 Sep, received 12 Sep, refunded 18.00; WooCommerce refunded
//   18.00 on 15 Sep: one return (the app's, "Defective").
// 5102 SOCK-B: RMA-7702 requested 8 Sep, received 16 Sep, refunded 5.50; WooCommerce refunded
//   5.50 on 19 Sep: one return (the app's, "Too large").
// 5103 CAP-G: RMA-7703 exchanged one cap (requested 7 Sep, 15.00); WooCommerce refunded the other
//   cap, 15.00 on 20 Sep ("Changed my mind"): a second return of the line, no refund of the
//   exchange, so two returns.
// Returns 4, units 4 of 8 = 50 %; refunded 18.00 + 5.50 + 15.00 = 38.50, exchanged 15.00;
// reasons defective, size_too_large, size_too_small, changed_mind: 1 unit each, 25 %.

const wooExport = [
  '"Order Number","Order Status","Order Date","Email (Billing)","Order Currency","SKU","Item Name","Quantity","Item Cost","Order Line Total","Order Line Total Refunded","Qty Refunded","Refund Date","Refund Reason"',
  '"5101","refunded","2025-09-02 11:05","lu@example.com","EUR","SCARF-R","Scarf","1","18.00","18.00","18.00","1","2025-09-15 16:40","Refunded"',
  '"5102","completed","2025-09-03 08:30","mo@example.com","EUR","SOCK-B","Socks","4","5.50","22.00","5.50","1","2025-09-19 09:15",""',
  '"5103","completed","2025-09-04 19:00","ne@example.com","EUR","CAP-G","Cap","2","15.00","30.00","15.00","1","2025-09-20 10:00","Changed my mind"',
  '"5104","completed","2025-09-05 12:00","ol@example.com","EUR","SCARF-R","Scarf","1","18.00","18.00","0.00","0","",""',
].join('\n');

const appExport = [
  'RMA Number,Order Number,SKU,Quantity,Reason,Created At,Received At,Resolution,Refund Amount',
  'RMA-7701,5101,SCARF-R,1,Defective,2025-09-06 10:00,2025-09-12 14:00,Refund,18.00',
  'RMA-7702,5102,SOCK-B,1,Too large,2025-09-08 17:30,2025-09-16 11:00,Refund,5.50',
  'RMA-7703,5103,CAP-G,1,Too small,2025-09-07 09:00,2025-09-12 15:00,Exchange,15.00',
].join('\n');

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

const countedOnce = (report: { warnings: Array<{ code: string }> }) => report.warnings.find((w) => w.code === 'refunds_of_stored_returns');
const importWoo = () => importedReport(store.app, wooExport, { fileName: 'woo-orders.csv' });
const importApp = () => importedReport(store.app, appExport, { fileName: 'returns-app.csv', kind: 'returns' });

async function expectEachReturnOnce() {
  const september = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-09-01', to: '2025-09-30' } }));
  expect(september).toMatchObject({ unitsSold: 8, returns: 4, unitsReturned: 4, returnRateUnits: 0.5, refundedValue: 38.5, exchangedValue: 15 });
  const reasons = Object.fromEntries(september.topReasons.map((r) => [r.reason, r.share]));
  expect(reasons).toEqual({ defective: 0.25, size_too_large: 0.25, size_too_small: 0.25, changed_mind: 0.25 });
  // the app's record is the one kept: its id, request day and receipt
  const kept = await store.db.all(`SELECT return_id, strftime(requested_at, '%Y-%m-%d') AS requested, resolution FROM returns ORDER BY order_id, requested_at`);
  expect(kept).toEqual([
    { return_id: 'RMA-7701', requested: '2025-09-06', resolution: 'refund' },
    { return_id: 'RMA-7702', requested: '2025-09-08', resolution: 'refund' },
    { return_id: 'RMA-7703', requested: '2025-09-07', resolution: 'exchange' },
    { return_id: '5103|CAP-G|2025-09-20T10:00:00', requested: '2025-09-20', resolution: 'refund' },
  ]);
}

const namedPairs = ['5101 / SCARF-R refunded 2025-09-15: RMA-7701 requested 2025-09-06', '5102 / SOCK-B refunded 2025-09-19: RMA-7702 requested 2025-09-08'];

describe("a platform's refund of a return a returns app exported", () => {
  it('is the app\'s return, the platform export imported first', async () => {
    await importWoo();
    const report = await importApp();
    expect(countedOnce(report)).toMatchObject({ count: 2, examples: namedPairs });
    await expectEachReturnOnce();
  });

  it('is the app\'s return, the app imported first, and again when the platform export is imported again', async () => {
    await importApp();
    expect(countedOnce(await importWoo())).toMatchObject({ count: 2, examples: namedPairs });
    expect(countedOnce(await importWoo())).toMatchObject({ count: 2, examples: namedPairs });
    await expectEachReturnOnce();
  });

  it('is the app\'s return when both are dropped together', async () => {
    const reports = await importFiles(store.db, [
      { filePath: writeTempFile('returns-app.csv', appExport), fileName: 'returns-app.csv', kind: 'returns' },
      { filePath: writeTempFile('woo-orders.csv', wooExport), fileName: 'woo-orders.csv' },
    ]);
    expect(countedOnce(reports[1]!)).toMatchObject({ count: 2, examples: namedPairs });
    await expectEachReturnOnce();
  });

  it('is not taken for the app\'s return more than 30 days after its request (and its resolution)', async () => {
    // RMA-7701 requested 6 Sep, its resolution undated in the app's export; a refund of 5101's scarf
    // on 15 Oct, 39 days on, is no longer taken for it: two returns, and the line is named as over-returned
    await importApp();
    const late = wooExport.replace('"2025-09-15 16:40"', '"2025-10-15 16:40"');
    const report = await importedReport(store.app, late, { fileName: 'woo-orders.csv' });
    expect(countedOnce(report)).toMatchObject({ count: 1, examples: [namedPairs[1]] });
    expect(report.warnings.find((w: { code: string }) => w.code === 'returned_more_than_sold')).toMatchObject({ examples: ['5101 / SCARF-R'] });
    const [row] = await store.db.all(`SELECT count(*)::INTEGER AS n FROM returns WHERE order_id = '5101'`);
    expect(row).toEqual({ n: 2 });
  });

  it('is the app\'s return up to its resolution, when that is more than 30 days after its request', async () => {
    // RMA-7701 requested 6 Sep, back on 10 Oct and refunded by the app on 16 Oct; WooCommerce's
    // refund of 15 Oct, 39 days after the request, is that one: 5101 has one return, the app's
    const slowApp = [
      'RMA Number,Order Number,SKU,Quantity,Reason,Created At,Received At,Resolved At,Resolution,Refund Amount',
      'RMA-7701,5101,SCARF-R,1,Defective,2025-09-06 10:00,2025-10-10 14:00,2025-10-16 09:00,Refund,18.00',
      'RMA-7702,5102,SOCK-B,1,Too large,2025-09-08 17:30,2025-09-16 11:00,2025-09-19 09:00,Refund,5.50',
    ].join('\n');
    await importedReport(store.app, slowApp, { fileName: 'returns-app.csv', kind: 'returns' });
    const late = wooExport.replace('"2025-09-15 16:40"', '"2025-10-15 16:40"');
    const report = await importedReport(store.app, late, { fileName: 'woo-orders.csv' });
    expect(countedOnce(report)).toMatchObject({ count: 2, examples: ['5101 / SCARF-R refunded 2025-10-15: RMA-7701 requested 2025-09-06', namedPairs[1]] });
    const rows = await store.db.all(`SELECT return_id FROM returns WHERE order_id = '5101'`);
    expect(rows).toEqual([{ return_id: 'RMA-7701' }]);
  });

  describe('of two units', () => {
    // 5201: 4 hats at 8.00. The app returned one on 10 Sep (RMA-7801) and one on 12 Sep (RMA-7802),
    // 8.00 each; WooCommerce's line says 2 refunded, 16.00, on 22 Sep: the two app returns, so 2
    // returns, 2 units of 4 (50 %), 16.00 refunded. Counted twice it was 3 returns, 4 of 4 units
    // (100 %), 32.00, the line not over-returned and so named by no warning.
    const woo = [
      '"Order Number","Order Status","Order Date","Email (Billing)","Order Currency","SKU","Item Name","Quantity","Item Cost","Order Line Total","Order Line Total Refunded","Qty Refunded","Refund Date"',
      '"5201","completed","2025-09-01 10:00","pa@example.com","EUR","HAT-3","Hat","4","8.00","32.00","16.00","2","2025-09-22 12:00"',
    ].join('\n');
    const app = [
      'RMA Number,Order Number,SKU,Quantity,Reason,Created At,Received At,Resolution,Refund Amount',
      'RMA-7801,5201,HAT-3,1,Too small,2025-09-10 08:00,2025-09-17 10:00,Refund,8.00',
      'RMA-7802,5201,HAT-3,1,Too small,2025-09-12 08:00,2025-09-19 10:00,Refund,8.00',
    ].join('\n');
    const told = ['5201 / HAT-3 refunded 2025-09-22: RMA-7801 requested 2025-09-10, RMA-7802 requested 2025-09-12'];

    async function expectTheAppsTwo() {
      const september = await parseResponse(store.client.api.metrics.summary.$get({ query: { from: '2025-09-01', to: '2025-09-30' } }));
      expect(september).toMatchObject({ unitsSold: 4, returns: 2, unitsReturned: 2, returnRateUnits: 0.5, refundedValue: 16 });
    }

    it('are the app\'s two returns, the platform export imported first', async () => {
      await importedReport(store.app, woo, { fileName: 'woo-orders.csv' });
      expect(countedOnce(await importedReport(store.app, app, { fileName: 'returns-app.csv', kind: 'returns' }))).toMatchObject({ count: 1, examples: told });
      await expectTheAppsTwo();
    });

    it('are the app\'s two returns, the app imported first', async () => {
      await importedReport(store.app, app, { fileName: 'returns-app.csv', kind: 'returns' });
      expect(countedOnce(await importedReport(store.app, woo, { fileName: 'woo-orders.csv' }))).toMatchObject({ count: 1, examples: told });
      await expectTheAppsTwo();
    });

    it('are not taken for one of them when the platform refunded one unit', async () => {
      // which of the two it is cannot be told: 3 returns of the line, 3 units, as the files say
      await importedReport(store.app, app, { fileName: 'returns-app.csv', kind: 'returns' });
      const one = woo.replace('"16.00","2"', '"8.00","1"');
      expect(countedOnce(await importedReport(store.app, one, { fileName: 'woo-orders.csv' }))).toBeUndefined();
      const [row] = await store.db.all(`SELECT count(*)::INTEGER AS n FROM returns`);
      expect(row).toEqual({ n: 3 });
    });
  
    it('are not taken for one app return of one unit: the refund is kept, the unit more not lost', async () => {
      // only RMA-7801 in the app; the refund of 2 is more than it, and what it holds beside RMA-7801 is not in the files
      await importedReport(store.app, app.split('\n').slice(0, 2).join('\n'), { fileName: 'returns-app.csv', kind: 'returns' });
      expect(countedOnce(await importedReport(store.app, woo, { fileName: 'woo-orders.csv' }))).toBeUndefined();
      const kept = await store.db.all(`SELECT return_id, quantity FROM returns ORDER BY return_id`);
      expect(kept).toEqual([
        { return_id: '5201|HAT-3|2025-09-22T12:00:00', quantity: 2 },
        { return_id: 'RMA-7801', quantity: 1 },
      ]);
    });
  });
});

it('says that a refund date stands for the request date', async () => {
  const report = await importedReport(store.app, wooExport, { fileName: 'woo.csv' });
  expect(report.assumptions).toContain(
    '"Refund Date" is the refund\'s date, made once the parcel is back: it stands for the request, which came days earlier, so times from the request and the return curve read each return later than it was asked for. A returns app\'s return of the same line is counted once with it (warning refunds_of_stored_returns).',
  );
});
