import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lateRejectionShopFiles } from '../support/late-rejection-shop.ts';
import { openTestStore } from '../support/test-store.ts';

// The late-rejection shop (test/support/late-rejection-shop.ts): every month closes at 10 %, but in
// `rejects` the second order of each day is asked back on day 5 and rejected on day 25, pending
// between. An open window must not read above where it will close because of those.
// threshold, the 30-day window 2–31 December: 300 units sold; the day-5 refunds of the orders of
// 2–26 December (25) are settled; in `rejects` the requests of the orders of 7–26 December (20) are
// pending. The rule reads the settled units only: 25 / 300 = 8.33 % in both shops (with the pending
// ones it read 45 / 300 = 15 %, and will close at 30 / 300 = 10 %).
// The nowcast rule is not asserted here: its curve does not yet hold the pending returns complete
// months went on to reject, and it reads `rejects` high (docs/metrics.md, "The nowcast", known flaw).
type Store = Awaited<ReturnType<typeof openTestStore>>;
describe('alert rules on a shop that rejects returns late', () => {
  let none: Store;
  let rejects: Store;
  beforeAll(async () => {
    [none, rejects] = await Promise.all([openTestStore({ withShop: lateRejectionShopFiles(false) }), openTestStore({ withShop: lateRejectionShopFiles(true) })]);
  });
  afterAll(() => {
    none.close();
    rejects.close();
  });

  async function fired(store: Store, rules: Array<{ name: string; kind: string; threshold: number }>) {
    for (const rule of rules) await parseResponse(store.client.api.alerts.rules.$post({ json: rule as never }));
    const report = await parseResponse(store.client.api.alerts.check.$post());
    expect(report.failed).toEqual([]);
    return new Map(report.fired.map((alert) => [alert.rule.name, alert.figures]));
  }

  const rules = [
    { name: 'threshold 8', kind: 'threshold', threshold: 0.08 },
    { name: 'threshold 9', kind: 'threshold', threshold: 0.09 },
    { name: 'threshold 12', kind: 'threshold', threshold: 0.12 },
  ];

  it('pending returns that will be rejected raise no false threshold alert: both shops fire alike', async () => {
    const [a, b] = [await fired(none, rules), await fired(rejects, rules)];
    // 8.33 % is above 8 %, not 9 %
    expect([...a.keys()].sort()).toEqual(['threshold 8']);
    expect([...b.keys()].sort()).toEqual(['threshold 8']);
    expect(b.get('threshold 8')).toMatchObject({ value: 25 / 300, n: 300, detail: { unitsReturned: 45, pendingUnits: 20, settledUnits: 25 } });
    expect(a.get('threshold 8')).toMatchObject({ value: 25 / 300, n: 300, detail: { unitsReturned: 25, pendingUnits: 0, settledUnits: 25 } });
  });
});
