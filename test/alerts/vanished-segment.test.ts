import fs from 'node:fs';
import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertRuleInput } from '../../server/alerts/alert-rules.ts';
import { openAlertEpisodesQuery } from '../../server/alerts/alert-store.ts';
import { constantRateShopFiles, type ConstantLine } from '../support/constant-rate-shop.ts';
import { openTestStore, writeTempFile } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A carrier that breaks parcels and is slow to settle, then is dropped: its alerts must stop being
// open. On 10 March 2025, 40 one-unit orders go by OCA and 40 by Andreani. Asked back on 15 March:
// OCA's first 20 (50 %), resolved on 30 March (15 days after the request); Andreani's first 4
// (10 %), resolved on 17 March (2 days). Every return is refunded: settled, none pending.
// The data ends on 30 March at 10:00; the 30-day windows are 1–30 March:
//   OCA's return rate 20 / 40 = 0.5 > 0.3                           → the threshold rule fires
//   damage is 20 of the 20 OCA units asked back in the window: 100 % > 50 % → the reason-share rule fires
//   OCA's request → resolved p90 = 15 days > 10, over 20 returns     → the cycle rule fires
//   OCA 20 of 40 back against Andreani's 4 of 40                      → the above-baseline rule fires
const orderLine = (carrier: string, n: number, day: string) => `${carrier}-${day}-${n},2025-${day} 10:00:00,A,Calzado,1,100,ARS,${carrier}`;
const ordersHeader = 'order_id,ordered_at,sku,category,quantity,unit_price,currency,carrier';
const returnsHeader = 'return_id,order_id,sku,quantity,reason,requested_at,received_at,resolved_at,resolution,amount';

function ordersOf(carriers: string[], day: string) {
  return [ordersHeader, ...carriers.flatMap((carrier) => Array.from({ length: 40 }, (_, n) => orderLine(carrier, n, day)))].join('\n');
}

/** The returns of the orders of the 10th of `month`, asked for on the 15th, received on the 16th. */
function returnsOf(carriers: string[], month = '03') {
  const plan = { OCA: { back: 20, resolvedOn: '30' }, Andreani: { back: 4, resolvedOn: '17' } } as const;
  const rows = carriers.flatMap((carrier) => {
    const { back, resolvedOn } = plan[carrier as keyof typeof plan];
    return Array.from(
      { length: back },
      (_, n) => `R-${carrier}-${month}-${n},${carrier}-${month}-10-${n},A,1,damaged_in_transit,2025-${month}-15 10:00:00,2025-${month}-16 10:00:00,2025-${month}-${resolvedOn} 10:00:00,refund,100`,
    );
  });
  return [returnsHeader, ...rows].join('\n');
}

const rules: AlertRuleInput[] = [
  { name: 'OCA rate', kind: 'threshold', segment: { carrier: 'OCA' }, threshold: 0.3 },
  { name: 'OCA damaged', kind: 'threshold', measure: 'reasonShare', reason: 'damaged_in_transit', segment: { carrier: 'OCA' }, threshold: 0.5, minUnits: 10 },
  { name: 'OCA slow', kind: 'cycle_p90', segment: { carrier: 'OCA' }, stage: 'requestToResolved', maxDays: 10, minReturns: 10 },
  { name: 'OCA above', kind: 'above_baseline', segment: { carrier: 'OCA' } },
];

type Store = Awaited<ReturnType<typeof openTestStore>>;
let store: Store;

/** One check through the API; the rules whose episode is still open after it. */
async function openAfterCheck() {
  const report = await parseResponse(store.client.api.alerts.check.$post());
  expect(report.failed).toEqual([]);
  const names = new Map((await parseResponse(store.client.api.alerts.rules.$get())).rows.map((rule) => [rule.id, rule.name]));
  return (await openAlertEpisodesQuery.run(store.db)).map((episode) => names.get(episode.ruleId)).sort();
}

describe('an alert about a segment whose data vanished', () => {
  beforeEach(async () => {
    store = await openTestStore({ withShop: { orders: writeTempFile('orders.csv', ordersOf(['OCA', 'Andreani'], '03-10')), returns: writeTempFile('returns.csv', returnsOf(['OCA', 'Andreani'])) } });
    for (const rule of rules) await parseResponse(store.client.api.alerts.rules.$post({ json: rule as never }));
  });
  afterEach(() => store.close());

  it('closes when the segment sells nothing more (a later export with Andreani alone), and fires again when it comes back', async () => {
    expect(await openAfterCheck()).toEqual(['OCA above', 'OCA damaged', 'OCA rate', 'OCA slow']);
    // 40 Andreani orders on 10 June, 4 of them back (resolved on 17 June): the windows are
    // 19 May–17 June, with no OCA line sold or asked back
    await importedReport(store.app, ordersOf(['Andreani'], '06-10'), { fileName: 'orders-june.csv', kind: 'orders' });
    await importedReport(store.app, returnsOf(['Andreani'], '06'), { fileName: 'returns-june.csv', kind: 'returns' });
    expect(await openAfterCheck()).toEqual([]);
    // OCA is hired again in September and breaks as many parcels as in March: news, a new episode
    // for each rule, which an episode left open since March would have kept silent
    await importedReport(store.app, ordersOf(['OCA', 'Andreani'], '09-10'), { fileName: 'orders-september.csv', kind: 'orders' });
    await importedReport(store.app, returnsOf(['OCA', 'Andreani'], '09'), { fileName: 'returns-september.csv', kind: 'returns' });
    expect(await openAfterCheck()).toEqual(['OCA above', 'OCA damaged', 'OCA rate', 'OCA slow']);
    const fired = await store.db.all("SELECT count(*)::INTEGER AS n FROM alert_inbox WHERE kind = 'alert'");
    expect(fired).toEqual([{ n: 8 }]);
  });

  it('closes when a replace import takes the segment’s rows away', async () => {
    expect(await openAfterCheck()).toEqual(['OCA above', 'OCA damaged', 'OCA rate', 'OCA slow']);
    // the same exports without OCA: the data ends on 17 March, the windows are 16 February–17 March
    await importedReport(store.app, ordersOf(['Andreani'], '03-10'), { fileName: 'orders.csv', kind: 'orders', mode: 'replace' });
    await importedReport(store.app, returnsOf(['Andreani']), { fileName: 'returns.csv', kind: 'returns', mode: 'replace' });
    expect(await openAfterCheck()).toEqual([]);
  });

  it('stays open while the segment still sells, too little to judge', async () => {
    expect(await openAfterCheck()).toEqual(['OCA above', 'OCA damaged', 'OCA rate', 'OCA slow']);
    // one OCA order on 10 June among 40 of Andreani's: 1 unit sold is under the 30 the rules ask,
    // no verdict, so their episodes wait for data that can tell; no OCA return was asked for in
    // 19 May–17 June, so the reason-share and cycle rules have nothing to judge and close
    await importedReport(store.app, [ordersOf(['Andreani'], '06-10'), orderLine('OCA', 99, '06-10')].join('\n'), { fileName: 'orders-june.csv', kind: 'orders' });
    await importedReport(store.app, returnsOf(['Andreani'], '06'), { fileName: 'returns-june.csv', kind: 'returns' });
    expect(await openAfterCheck()).toEqual(['OCA above', 'OCA rate']);
  });

  it('the cycle rule stays open while the segment’s returns are asked for and none is resolved yet', async () => {
    expect(await openAfterCheck()).toEqual(['OCA above', 'OCA damaged', 'OCA rate', 'OCA slow']);
    // June as March, but OCA's 20 returns, asked for on 15 June, are all still open: no return of
    // 19 May–17 June has both dates (no p90, no verdict), yet the window is not empty: a backlog
    const openOca = Array.from({ length: 20 }, (_, n) => `R-OCA-06-${n},OCA-06-10-${n},A,1,damaged_in_transit,2025-06-15 10:00:00,2025-06-16 10:00:00,,pending,`);
    await importedReport(store.app, ordersOf(['OCA', 'Andreani'], '06-10'), { fileName: 'orders-june.csv', kind: 'orders' });
    await importedReport(store.app, [returnsOf(['Andreani'], '06'), ...openOca].join('\n'), { fileName: 'returns-june.csv', kind: 'returns' });
    expect(await openAfterCheck()).toContain('OCA slow');
  });
});

// The nowcast rule judges the current month. The constant-rate shop's calendar (test/support/
// constant-rate-shop.ts), two SKUs of ten one-unit orders a day through 2025: A comes back 20 %
// (two of each day's orders, after 5 and 40 days), G 30 % (after 5, 5 and 40 days). The data ends
// on 31 December: G's December is expected to close near 30 %, above 25 %. Then the same exports
// come again as a replace import, with G sold only until a given day.
describe('a nowcast alert about a product no longer sold', () => {
  const line = (sku: string, returnDelays: number[], sellsOn?: (day: number) => boolean): ConstantLine => ({ sku, ordersPerDay: 10, returnDelays, ...(sellsOn ? { sellsOn } : {}) });
  const files = (sellsOn?: (day: number) => boolean) => constantRateShopFiles([line('A', [5, 40]), line('G', [5, 5, 40], sellsOn)]);
  beforeEach(async () => {
    store = await openTestStore({ withShop: files() });
    await parseResponse(store.client.api.alerts.rules.$post({ json: { name: 'G nowcast', kind: 'nowcast', segment: { sku: 'G' }, threshold: 0.25 } as never }));
  });
  afterEach(() => store.close());

  async function replaceWith({ orders, returns }: { orders: string; returns: string }) {
    await importedReport(store.app, fs.readFileSync(orders), { fileName: 'orders.csv', kind: 'orders', mode: 'replace' });
    await importedReport(store.app, fs.readFileSync(returns), { fileName: 'returns.csv', kind: 'returns', mode: 'replace' });
  }

  it('closes when it sold nothing in December nor November (last sold on 27 October, day 299)', async () => {
    expect(await openAfterCheck()).toEqual(['G nowcast']);
    await replaceWith(files((day) => day < 300));
    expect(await openAfterCheck()).toEqual([]);
  });

  it('stays open when it sold nothing in December but did in November (a month just begun may not have sold it yet)', async () => {
    expect(await openAfterCheck()).toEqual(['G nowcast']);
    // last sold on 30 November (day 333)
    await replaceWith(files((day) => day < 334));
    expect(await openAfterCheck()).toEqual(['G nowcast']);
  });
});
