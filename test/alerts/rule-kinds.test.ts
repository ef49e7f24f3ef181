import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertRuleSchema, type AlertRuleInput, type RuleOfKind } from '../../server/alerts/alert-rules.ts';
import { pendingUnitsIn } from '../../server/alerts/pending-units.ts';
import { evaluate, findingsOnce, type AlertServices } from '../../server/alerts/rule-evaluators.ts';
import { CauseFinder } from '../../server/causes/cause-finder.ts';
import { NowcastService } from '../../server/curve/nowcast-service.ts';
import { MetricsService } from '../../server/metrics/metrics-service.ts';
import { constantRateShopFiles, type ConstantLine } from '../support/constant-rate-shop.ts';
import { openTestStore, writeTempFile } from '../support/test-store.ts';

type Store = Awaited<ReturnType<typeof openTestStore>>;

/** Adds the rules, runs one check through the API, and answers what fired, by rule name. */
async function firedBy(store: Store, rules: AlertRuleInput[]) {
  for (const rule of rules) await parseResponse(store.client.api.alerts.rules.$post({ json: rule as never }));
  const report = await parseResponse(store.client.api.alerts.check.$post());
  expect(report.failed).toEqual([]);
  return new Map(report.fired.map((alert) => [alert.rule.name, alert.figures]));
}

// The constant-rate shop (test/support/constant-rate-shop.ts): one-unit orders at 10 every day of
// 2025, day 335 = 2 December; the data ends on 31 December (day 364) at 10:00. A 30-day window is
// 2–31 December: 30 selling days. A return 5 days after its order has arrived for the orders of
// days 335–359 (25 days); one 40 days after, for none of them.
describe('rules on the constant-rate shop', () => {
  let store: Store;
  beforeAll(async () => {
    // A: 10 a day, the first back after 5 days, the second after 40 (20 %)
    store = await openTestStore({ withShop: constantRateShopFiles() });
  });
  afterAll(() => store.close());

  it('threshold on the return rate: 25 of the window’s 300 units back so far (8.3 %) is above 8 %, not above 9 %', async () => {
    const fired = await firedBy(store, [
      { name: 'above 8', kind: 'threshold', threshold: 0.08 },
      { name: 'above 9', kind: 'threshold', threshold: 0.09 },
    ]);
    expect([...fired.keys()]).toEqual(['above 8']);
    const figures = fired.get('above 8')!;
    expect(figures).toMatchObject({ measure: 'returnRate', n: 300, threshold: 0.08, period: { from: '2025-12-02', to: '2025-12-31' }, asOf: '2025-12-31T10:00:00' });
    expect(figures.value).toBeCloseTo(25 / 300, 12);
    expect(figures.rowsLink).toBe('/rows?from=2025-12-02&to=2025-12-31&basis=order');
  });

  it('threshold on a reason’s share: every return is “Talle pequeño”, so 100 % of the 60 units asked back in the window', async () => {
    const fired = await firedBy(store, [
      { name: 'small', kind: 'threshold', measure: 'reasonShare', reason: 'size_too_small', threshold: 0.5, minUnits: 20 },
      { name: 'defective', kind: 'threshold', measure: 'reasonShare', reason: 'defective', threshold: 0.05, minUnits: 20 },
    ]);
    expect([...fired.keys()]).toEqual(['small']);
    // the returns requested on 2–31 December: the 5-day returns of the orders of 27 November–26
    // December and the 40-day returns of 23 October–21 November, 30 each
    expect(fired.get('small')).toMatchObject({ measure: 'reasonShare', value: 1, n: 60, reason: 'size_too_small' });
  });

  it('threshold on a reason’s share reads the window’s requests: a reason that comes back sooner does not rise', async () => {
    // ten one-unit orders a day through 2025; of each day's, the first comes back damaged 3 days
    // later, the next four too small 25 days later: damaged is 20 % of every day's returns. Over the
    // window's orders it read 27 of 47 (57 %): all their damage is in, most of their fit returns
    // not yet. The requests of 2–31 December: 30 damaged, 4 × 30 too small: 20 %
    const dayMs = 86_400_000;
    const start = Date.UTC(2025, 0, 1, 10);
    const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
    const orders = ['order_id,ordered_at,sku,category,quantity,unit_price'];
    const returns = ['return_id,order_id,sku,quantity,requested_at,reason,resolution,amount'];
    for (let day = 0; day <= 364; day++) {
      for (let k = 0; k < 10; k++) {
        const id = `D${day}-${k}`;
        orders.push(`${id},${stamp(start + day * dayMs)},A,Ropa,1,10.00`);
        const delay = k === 0 ? 3 : k <= 4 ? 25 : null;
        if (delay !== null && day + delay <= 364) returns.push(`R-${id},${id},A,1,${stamp(start + (day + delay) * dayMs)},${k === 0 ? 'Llegó dañado' : 'Talle pequeño'},Reembolso,10.00`);
      }
    }
    const mixed = await openTestStore({ withShop: { orders: writeTempFile('orders.csv', orders.join('\n')), returns: writeTempFile('returns.csv', returns.join('\n')) } });
    try {
      const rule = { name: 'damaged', kind: 'threshold', measure: 'reasonShare', reason: 'damaged_in_transit', threshold: 0.3, minUnits: 20 } as const;
      expect((await firedBy(mixed, [rule])).size).toBe(0);
      const { verdicts } = await verdictsOf(mixed, { ...rule, threshold: 0.19 });
      expect(verdicts).toEqual(['holds']);
    } finally {
      mixed.close();
    }
  });

  it('nowcast: December (26 of 310 back, share arrived 12.458 / 31) is expected to close at 20.9 %: above 20 %, not above 22 %', async () => {
    const fired = await firedBy(store, [
      { name: 'nowcast 20', kind: 'nowcast', threshold: 0.2 },
      { name: 'nowcast 22', kind: 'nowcast', threshold: 0.22 },
    ]);
    expect([...fired.keys()]).toEqual(['nowcast 20']);
    const figures = fired.get('nowcast 20')!;
    // docs/metrics.md, "The nowcast", works December out: 26 / (12.458 / 31) = 64.7 units of 310
    expect(figures.value).toBeCloseTo(26 / (12.458 / 31) / 310, 3);
    expect(figures).toMatchObject({ measure: 'nowcastRate', n: 310, period: { from: '2025-12-01', to: '2025-12-31' } });
  });
});

// Three SKUs of one category over the constant-rate calendar: A returns 3 of its 10 a day after 5
// days, B and C one each. Over 2–31 December A has 3 × 25 = 75 of 300 back, B and C 25 of 300 each:
// A at 25 % against the rest of Calzado's 50 / 600 = 8.3 %, a lift of 3.
describe('rules that ask the cause finder', () => {
  const line = (sku: string, returnDelays: number[]): ConstantLine => ({ sku, category: 'Calzado', ordersPerDay: 10, returnDelays });
  let store: Store;
  let even: Store;
  beforeAll(async () => {
    store = await openTestStore({ withShop: constantRateShopFiles([line('A', [5, 5, 5]), line('B', [5]), line('C', [5])]) });
    even = await openTestStore({ withShop: constantRateShopFiles([line('A', [5]), line('B', [5]), line('C', [5])]) });
  });
  afterAll(() => {
    store.close();
    even.close();
  });

  it('above its baseline: A is, B is not', async () => {
    const fired = await firedBy(store, [
      { name: 'A', kind: 'above_baseline', segment: { sku: 'A' } },
      { name: 'B', kind: 'above_baseline', segment: { sku: 'B' } },
    ]);
    expect([...fired.keys()]).toEqual(['A']);
    const figures = fired.get('A')!;
    expect(figures.value).toBeCloseTo(75 / 300, 12);
    expect(figures.baseline).toBeCloseTo(50 / 600, 12);
    expect(figures.detail.lift).toBeCloseTo(3, 12);
    expect(figures).toMatchObject({ n: 300, rowsLink: '/rows?from=2025-12-02&to=2025-12-31&basis=order&sku=A' });
  });

  it('a new finding: A, and only A; nothing where the three return alike', async () => {
    const fired = await firedBy(store, [{ name: 'new', kind: 'new_finding' }]);
    expect(fired.get('new')).toMatchObject({ measure: 'newFinding', segment: { sku: 'A' } });
    expect((await firedBy(even, [{ name: 'new', kind: 'new_finding' }])).size).toBe(0);
  });
});

/** One rule judged straight by its evaluator, at the data's latest timestamp: its verdicts, whatever episodes are open. */
async function verdictsOf(store: Store, input: AlertRuleInput, findings?: AlertServices['findings']) {
  const metrics = new MetricsService(store.db, 30);
  const { range } = await metrics.scope({ basis: 'order' });
  const services: AlertServices = { metrics, nowcast: new NowcastService(store.db, 30, metrics), findings: findings ?? findingsOnce(new CauseFinder(store.db, metrics), range.lastTimestamp!), pendingUnits: pendingUnitsIn(store.db) };
  const at = { range: { ...range, lastDate: range.lastDate!, lastTimestamp: range.lastTimestamp! }, returnsLag: false };
  const evaluation = await evaluate(alertRuleSchema.parse(input) as RuleOfKind<'above_baseline'>, services, at);
  return { verdicts: evaluation.observations.map((o) => o.verdict), othersClear: evaluation.othersClear };
}

describe('rules that ask the cause finder, when it cannot tell', () => {
  let store: Store;
  beforeAll(async () => {
    // and in Deco, D sold until 30 November and C from 1 December (day 334)
    store = await openTestStore({
      withShop: constantRateShopFiles([
        { sku: 'A', category: 'Calzado', ordersPerDay: 10, returnDelays: [5, 5, 5] },
        { sku: 'B', category: 'Calzado', ordersPerDay: 10, returnDelays: [5] },
        { sku: 'D', category: 'Deco', ordersPerDay: 10, returnDelays: [5], sellsOn: (day) => day < 334 },
        { sku: 'C', category: 'Deco', ordersPerDay: 10, returnDelays: [5], sellsOn: (day) => day >= 334 },
      ]),
    });
  });
  afterAll(() => store.close());

  it('above_baseline: a segment with fewer units sold than minUnits is no verdict, not clear (the finder never tries it)', async () => {
    // A sold 300 units in the window: with minUnits 301 the finder drops it as a suspect
    expect((await verdictsOf(store, { name: 'A', kind: 'above_baseline', segment: { sku: 'A' }, minUnits: 301 })).verdicts).toEqual(['unknown']);
    // B, 300 units sold and below its comparison A: tried, not found, clear
    expect((await verdictsOf(store, { name: 'B', kind: 'above_baseline', segment: { sku: 'B' } })).verdicts).toEqual(['clear']);
  });

  it('above_baseline: a segment that shares no month of the same return age with its comparison is no verdict, not clear', async () => {
    // over 60 days, 2 November–31 December: November is settled on 31 December 10:00 (its last day +
    // the 30-day window), December still collects returns. C's 310 units are all December's, D's
    // all November's: nothing sets C against the rest of Deco
    expect((await verdictsOf(store, { name: 'C', kind: 'above_baseline', segment: { sku: 'C' }, windowDays: 60 })).verdicts).toEqual(['unknown']);
  });

  it('an answer cut at its limit: a segment not listed is no verdict, and new findings do not close the others', async () => {
    const cut: AlertServices['findings'] = async () => ({ findings: [], complete: false, compared: [{ sku: 'B' }] });
    expect((await verdictsOf(store, { name: 'B', kind: 'above_baseline', segment: { sku: 'B' } }, cut)).verdicts).toEqual(['unknown']);
    expect((await verdictsOf(store, { name: 'new', kind: 'new_finding' }, cut)).othersClear).toBe(false);
  });
});

// Five returns of March 2025; the data ends with an order on 31 March, 10:00.
//   R1 requested 2 March, received 4 March, resolved 4 March     request→resolved 2 days
//   R2 requested 2 March, received 4 March, resolved 6 March     4 days
//   R3 requested 2 March, received 5 March, resolved 12 March    10 days
//   R4 requested 3 March, received 5 March, still pending        26 days since received
//   R5 requested 20 March, received 22 March, still pending      9 days since received
describe('rules on how fast returns are handled', () => {
  let store: Store;
  beforeAll(async () => {
    const orders = ['order_id,ordered_at,sku,category,quantity,unit_price', ...[1, 2, 3, 4, 5].map((n) => `O${n},2025-03-01 10:00:00,X,Hogar,1,10.00`), 'O6,2025-03-31 10:00:00,X,Hogar,1,10.00'];
    const returns = [
      'return_id,order_id,sku,quantity,reason,requested_at,received_at,resolved_at,resolution',
      'R1,O1,X,1,defective,2025-03-02 10:00:00,2025-03-04 10:00:00,2025-03-04 10:00:00,refund',
      'R2,O2,X,1,defective,2025-03-02 10:00:00,2025-03-04 10:00:00,2025-03-06 10:00:00,refund',
      'R3,O3,X,1,defective,2025-03-02 10:00:00,2025-03-05 10:00:00,2025-03-12 10:00:00,refund',
      'R4,O4,X,1,defective,2025-03-03 10:00:00,2025-03-05 10:00:00,,pending',
      'R5,O5,X,1,defective,2025-03-20 10:00:00,2025-03-22 10:00:00,,pending',
    ];
    store = await openTestStore({ withShop: { orders: writeTempFile('orders.csv', orders.join('\n')), returns: writeTempFile('returns.csv', returns.join('\n')) } });
  });
  afterAll(() => store.close());

  it('open past the SLA: two beyond 7 days (R4, R5) is more than one; one beyond 10 days (R4) is not', async () => {
    const fired = await firedBy(store, [
      { name: 'sla 7', kind: 'open_past_sla', slaDays: 7, maxOpen: 1 },
      { name: 'sla 10', kind: 'open_past_sla', slaDays: 10, maxOpen: 1 },
    ]);
    expect([...fired.keys()]).toEqual(['sla 7']);
    expect(fired.get('sla 7')).toMatchObject({ measure: 'openPastSla', value: 2, threshold: 1, n: 2, asOf: '2025-03-31T10:00:00' });
    // its rows: every open return, received longest ago first, so the late ones lead
    const link = new URL(fired.get('sla 7')!.rowsLink, 'http://x');
    expect(Object.fromEntries(link.searchParams)).toMatchObject({ basis: 'return', open: 'true', sort: 'receivedAt', order: 'asc' });
  });

  it('cycle-time p90: request→resolved [2, 4, 10] has p90 at rank 1.8 = 4 + 0.8 × 6 = 8.8 days: above 8, not above 9', async () => {
    const fired = await firedBy(store, [
      { name: 'p90 8', kind: 'cycle_p90', maxDays: 8, minReturns: 3 },
      { name: 'p90 9', kind: 'cycle_p90', maxDays: 9, minReturns: 3 },
    ]);
    expect([...fired.keys()]).toEqual(['p90 8']);
    const figures = fired.get('p90 8')!;
    expect(figures.value).toBeCloseTo(8.8, 9);
    expect(figures).toMatchObject({ n: 3, period: { from: '2025-03-02', to: '2025-03-31' } });
  });
});
