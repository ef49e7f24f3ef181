import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parseResponse, type InferRequestType } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { reasons, type Reason } from '../../server/domain/returns-vocabulary.ts';
import { importFile } from '../../server/import/import-file.ts';
import { Database } from '../../server/store/database.ts';
import { refreshDerivedData } from '../../server/store/refresh-derived.ts';
import { SqlFile } from '../../server/store/sql-file.ts';
import { testApp, testSettings } from '../support/test-store.ts';

// Properties the metrics must keep on any data, checked over small generated shops loaded through
// the real import into a real in-memory DuckDB and asked through the HTTP API:
// a breakdown by any dimension adds up to the summary; the monthly trend adds up to the period, and
// so do every reason's returns per month or category, which are the trend's months;
// basis=order and basis=return agree on a period holding every order and every return; rates lie
// in [0, 1]; percentiles are ordered.

/** The SQL a faster query replaced, kept in reference/ to hold it to the same answers. */
const reference = (name: string) => new SqlFile(path.join(import.meta.dirname, 'reference', `${name}.sql`));
const dayMs = 86_400_000;
const start = Date.UTC(2025, 0, 1);
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// The price belongs to the SKU, so a return valued at its line never exceeds what was sold;
// D sells at zero, as a replacement would.
const catalogue = { A: { category: 'Calzado', price: 100 }, B: { category: 'Hogar', price: 25.5 }, C: { category: 'Indumentaria', price: 10 }, D: { category: 'Hogar', price: 0 } };
type Sku = keyof typeof catalogue;

const orderArb = fc.record({
  dayOffset: fc.integer({ min: 0, max: 150 }),
  hour: fc.integer({ min: 0, max: 23 }),
  customer: fc.option(fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5'), { nil: null, freq: 6 }),
  channel: fc.option(fc.constantFrom('web', 'ml'), { nil: null, freq: 6 }),
  region: fc.constantFrom('CABA', 'Córdoba'),
  carrier: fc.option(fc.constantFrom('OCA', 'Andreani'), { nil: null, freq: 6 }),
  deliveryDays: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  lines: fc.array(fc.record({ sku: fc.constantFrom<Sku>('A', 'B', 'C', 'D'), quantity: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 3 }),
});

const returnArb = fc.record({
  line: fc.nat(),
  unmatched: fc.boolean(),
  quantity: fc.nat(),
  reason: fc.constantFrom(...reasons),
  requestHours: fc.integer({ min: 12, max: 40 * 24 }),
  receivedHours: fc.option(fc.integer({ min: 6, max: 8 * 24 }), { nil: null, freq: 4 }),
  resolvedHours: fc.option(fc.integer({ min: 1, max: 12 * 24 }), { nil: null, freq: 4 }),
  resolution: fc.constantFrom('refund', 'exchange', 'store credit', 'rejected', 'pending'),
  amount: fc.option(fc.constantFrom(5, 20, 80), { nil: null }),
  disposition: fc.option(fc.constantFrom('restock', 'resell', 'dispose'), { nil: null }),
  recovered: fc.option(fc.constantFrom(0, 3, 12.5), { nil: null }),
  shipping: fc.option(fc.constantFrom(0, 4, 7.25), { nil: null }),
});

const shopArb = fc.record({
  orders: fc.array(orderArb, { minLength: 1, maxLength: 10 }),
  returns: fc.array(returnArb, { maxLength: 10 }),
  withUnmatched: fc.boolean(),
});
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
type Shop = ValueOf<typeof shopArb>;

/** Writes the shop as the two canonical CSV exports; also says where its dates run. */
function writeShop(shop: Shop, dir: string, keepOrder: (index: number) => boolean = () => true, keepReturn: (index: number) => boolean = () => true, suffix = '') {
  const orderRows = ['order_id,ordered_at,customer_id,sku,category,quantity,unit_price,channel,region,carrier,delivered_at'];
  const lines: { orderId: string; sku: Sku; quantity: number; orderedAt: number }[] = [];
  const dates: number[] = [];
  shop.orders.forEach((o, i) => {
    const orderedAt = start + o.dayOffset * dayMs + o.hour * 3_600_000;
    dates.push(orderedAt);
    const delivered = o.deliveryDays === null ? '' : stamp(orderedAt + o.deliveryDays * dayMs);
    for (const line of o.lines) {
      const { category, price } = catalogue[line.sku];
      if (keepOrder(i)) orderRows.push([`O${i}`, stamp(orderedAt), o.customer ?? '', line.sku, category, line.quantity, price, o.channel ?? '', o.region, o.carrier ?? '', delivered].join(','));
      lines.push({ orderId: `O${i}`, sku: line.sku, quantity: line.quantity, orderedAt });
    }
  });
  // At most one return per line, never more units than the line sold.
  const returnRows = ['return_id,order_id,sku,quantity,reason_raw,requested_at,received_at,resolved_at,resolution,amount,disposition,recovered_value,shipping_cost,carrier'];
  const returned = new Set<number>();
  let unmatchedReturns = 0;
  shop.returns.forEach((r, i) => {
    const unmatched = shop.withUnmatched && r.unmatched;
    const lineIndex = r.line % lines.length;
    if (!unmatched && returned.has(lineIndex)) return;
    returned.add(lineIndex);
    const line = unmatched ? { orderId: `X${i}`, sku: 'A' as Sku, quantity: 1, orderedAt: start + 30 * dayMs } : lines[lineIndex]!;
    if (unmatched) unmatchedReturns++;
    const requestedAt = line.orderedAt + r.requestHours * 3_600_000;
    const receivedAt = r.receivedHours === null ? null : requestedAt + r.receivedHours * 3_600_000;
    const resolvedAt = receivedAt === null || r.resolvedHours === null || r.resolution === 'pending' ? null : receivedAt + r.resolvedHours * 3_600_000;
    dates.push(requestedAt);
    const cell = (value: number | string | null) => (value === null ? '' : String(value));
    if (keepReturn(i)) returnRows.push(
      [
        `R${i}`, line.orderId, line.sku, 1 + (r.quantity % line.quantity), r.reason, stamp(requestedAt),
        receivedAt === null ? '' : stamp(receivedAt), resolvedAt === null ? '' : stamp(resolvedAt),
        r.resolution, cell(r.amount), cell(r.disposition), cell(r.recovered), cell(r.shipping), 'OCA',
      ].join(','),
    );
  });
  const files = { orders: path.join(dir, `orders${suffix}.csv`), returns: path.join(dir, `returns${suffix}.csv`) };
  fs.writeFileSync(files.orders, `${orderRows.join('\n')}\n`);
  fs.writeFileSync(files.returns, `${returnRows.join('\n')}\n`);
  return {
    files,
    hasOrders: orderRows.length > 1,
    hasReturns: returnRows.length > 1,
    unmatchedReturns,
    firstDay: isoDay(Math.min(...dates)),
    lastDay: isoDay(Math.max(...dates)),
  };
}

async function openShop(shop: Shop) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-property-'));
  const written = writeShop(shop, dir);
  const db = await Database.open({ path: ':memory:', threads: 1, readers: 1 });
  await importFile(db, { filePath: written.files.orders, fileName: 'orders.csv', kind: 'orders' });
  if (written.hasReturns) await importFile(db, { filePath: written.files.returns, fileName: 'returns.csv', kind: 'returns' });
  const { client } = testApp({ db, uploadDir: dir, settings: testSettings });
  const metrics = client.api.metrics;
  type Query<Route extends { $get: unknown }> = InferRequestType<Route['$get']> extends { query: infer Q } ? Q : never;
  /** The routes these properties ask, typed; each answers its 200 body. */
  const ask = {
    summary: (query: Query<typeof metrics.summary>) => parseResponse(metrics.summary.$get({ query })),
    breakdown: (query: Query<typeof metrics.breakdown>) => parseResponse(metrics.breakdown.$get({ query })),
    trend: (query: Query<typeof metrics.trend>) => parseResponse(metrics.trend.$get({ query })),
    reasons: (query: Query<typeof metrics.reasons>) => parseResponse(metrics.reasons.$get({ query })),
    avoidable: (query: Query<typeof metrics.avoidable>) => parseResponse(metrics.avoidable.$get({ query })),
    sla: (query: Query<typeof metrics.sla>) => parseResponse(metrics.sla.$get({ query })),
    cycleTimes: (query: Query<(typeof metrics)['cycle-times']>) => parseResponse(metrics['cycle-times'].$get({ query })),
    valueRecovery: (query: Query<(typeof metrics)['value-recovery']>) => parseResponse(metrics['value-recovery'].$get({ query })),
    customers: (query: Query<typeof metrics.customers>) => parseResponse(metrics.customers.$get({ query })),
    serialReturners: (query: Query<(typeof metrics.customers)['serial-returners']>) => parseResponse(metrics.customers['serial-returners'].$get({ query })),
  };
  return {
    ...written,
    db,
    ask,
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One narrowing filter of the standard ones. */
type Filter = { category?: string; channel?: string; region?: string; carrier?: string; sku?: string; reason?: Reason };

// A question: a period inside the data's months, a basis, and at most one narrowing filter.
const questionArb = fc.record({
  fromOffset: fc.integer({ min: 0, max: 120 }),
  length: fc.integer({ min: 0, max: 200 }),
  basis: fc.constantFrom('order' as const, 'return' as const),
  filter: fc.option(
    fc.oneof(
      fc.constantFrom<Filter>({ category: 'Hogar' }, { category: 'Calzado' }, { channel: 'web' }, { region: 'CABA' }, { carrier: 'OCA' }, { sku: 'B' }),
      fc.constantFrom(...reasons).map((reason): Filter => ({ reason })),
    ),
    { nil: null },
  ),
});
type Question = ValueOf<typeof questionArb>;
const queryOf = (q: Question) => {
  const from = start + q.fromOffset * dayMs;
  return { from: isoDay(from), to: isoDay(from + q.length * dayMs), basis: q.basis, ...q.filter };
};

/** The sum of one figure over rows; a null figure (nothing to measure) adds nothing. */
const sum = <Row extends object>(rows: readonly Row[], key: keyof Row) => rows.reduce((total, row) => total + Number(row[key]), 0);
const closeTo = (actual: number, expected: number, what: string) => expect(actual, what).toBeCloseTo(expected, 6);
const aRate = (value: number | null, what: string) => {
  if (value !== null) expect(value >= 0 && value <= 1 + 1e-12, `${what} = ${value}`).toBe(true);
};
type Stage = { p50: number | null; p90: number | null; p95: number | null; n: number };
const ordered = (stage: Stage | null, what: string) => {
  if (!stage || stage.n === 0) return;
  expect(stage.p50! <= stage.p90! + 1e-9 && stage.p90! <= stage.p95! + 1e-9, `${what}: ${JSON.stringify(stage)}`).toBe(true);
};

const runs = { numRuns: 15, endOnFailure: true };

describe('metrics on generated shops', () => {
  it('a breakdown by any dimension adds up to the summary, and the months add up to the period', async () => {
    await fc.assert(
      fc.asyncProperty(shopArb, questionArb, async (shop, question) => {
        const s = await openShop(shop);
        try {
          const query = queryOf(question);
          const summary = await s.ask.summary(query);
          for (const by of ['sku', 'category', 'channel', 'region', 'carrier'] as const) {
            const { rows } = await s.ask.breakdown({ ...query, by, limit: '500' });
            expect(sum(rows, 'unitsSold'), `${by} units sold`).toBe(summary.unitsSold);
            expect(sum(rows, 'unitsReturned'), `${by} units returned`).toBe(summary.unitsReturned);
            closeTo(sum(rows, 'grossSales'), summary.grossSales, `${by} gross sales`);
            closeTo(sum(rows, 'returnedValue'), summary.returnedValue, `${by} returned value`);
          }
          const reasonRows = (await s.ask.breakdown({ ...query, by: 'reason', limit: '500' })).rows;
          expect(sum(reasonRows, 'unitsReturned')).toBe(summary.unitsReturned);

          const { rows: months } = await s.ask.trend(query);
          for (const key of ['orders', 'unitsSold', 'returns', 'unitsReturned'] as const) expect(sum(months, key), `months ${key}`).toBe(summary[key]);
          for (const key of ['grossSales', 'returnedValue', 'refundedValue', 'exchangedValue', 'storeCreditValue', 'recoveredValue', 'returnShippingCost', 'netReturnCost'] as const) {
            closeTo(sum(months, key), Number(summary[key]), `months ${key}`);
          }
          // an order's returns can be requested in different months, never ordered in two
          if (question.basis === 'order') expect(sum(months, 'ordersWithReturn')).toBe(summary.ordersWithReturn);
          else expect(sum(months, 'ordersWithReturn')).toBeGreaterThanOrEqual(summary.ordersWithReturn);

          // every reason at once, per month and per category: the trend's months, the summary's totals
          for (const by of ['month', 'category'] as const) {
            const { rows: keys } = await s.ask.reasons({ ...query, by });
            for (const key of ['unitsSold', 'returns', 'unitsReturned'] as const) expect(sum(keys, key), `reasons by ${by} ${key}`).toBe(summary[key]);
            closeTo(sum(keys, 'returnedValue'), summary.returnedValue, `reasons by ${by} returned value`);
            for (const row of keys) {
              for (const key of ['returns', 'unitsReturned'] as const) expect(sum(row.reasons, key), `${by} ${row.key} reasons' ${key}`).toBe(row[key]);
              closeTo(sum(row.reasons, 'returnedValue'), row.returnedValue, `${by} ${row.key} reasons' returned value`);
            }
            if (by === 'month') {
              const figures = ({ unitsSold, grossSales, returns, unitsReturned, returnedValue, mature }: (typeof keys)[number] | (typeof months)[number]) => ({ unitsSold, grossSales, returns, unitsReturned, returnedValue, mature });
              expect(keys.map(figures)).toEqual(months.map(figures));
            }
          }

          const avoidable = await s.ask.avoidable({ ...query, by: 'month', limit: '500' });
          expect(sum(avoidable.rows, 'unitsSold')).toBe(summary.unitsSold);
          expect(sum(avoidable.rows, 'unitsReturned')).toBe(summary.unitsReturned);
          expect(sum(avoidable.overall.groups, 'unitsReturned')).toBe(summary.unitsReturned);
          const byCategory = await s.ask.avoidable({ ...query, by: 'category', limit: '500' });
          expect(sum(byCategory.rows, 'preventableUnits')).toBe(avoidable.overall.preventableUnits);

          const sla = await s.ask.sla(query);
          for (const key of ['received', 'resolvedOnTime', 'resolvedLate', 'openLate', 'openWithinSla'] as const) expect(sum(sla.months, key), `sla ${key}`).toBe(sla.overall[key]);
          const cycle = await s.ask.cycleTimes(query);
          expect(sum(cycle.rows, 'returns')).toBe(summary.returns);
          expect(cycle.overall.requestToResolved).toEqual(summary.cycleDays.requestToResolved);

          const value = await s.ask.valueRecovery(query);
          closeTo(Number(value.netReturnCost), Number(summary.netReturnCost), 'net return cost');
          closeTo(value.returnedValue - Number(value.retainedValue) - Number(value.unsettledValue), Number(value.refundedValue), 'the waterfall closes');
          closeTo(sum(value.recoveredByDisposition, 'recoveredValue'), Number(value.recoveredValue), 'recovered by disposition');
        } finally {
          await s.close();
        }
      }),
      runs,
    );
  });

  it('basis=order and basis=return agree on a period holding every order and every return', async () => {
    await fc.assert(
      fc.asyncProperty(shopArb, fc.option(fc.constantFrom<Filter>({ category: 'Hogar' }, { channel: 'web' }, { carrier: 'OCA' }, { sku: 'A' }, { reason: 'defective' }), { nil: null }), async (shop, filter) => {
        const s = await openShop(shop);
        try {
          const query = (basis: 'order' | 'return') => ({ from: s.firstDay, to: s.lastDay, basis, ...filter });
          // months differ by basis (order month or request month): compare what is not per month
          const answers: [string, (basis: 'order' | 'return') => Promise<{ period: { basis: string }; overall?: unknown; returns?: number }>][] = [
            ['summary', (basis) => s.ask.summary(query(basis))],
            ['value-recovery', (basis) => s.ask.valueRecovery(query(basis))],
            ['avoidable', (basis) => s.ask.avoidable({ ...query(basis), by: 'category' })],
            ['cycle-times', (basis) => s.ask.cycleTimes({ ...query(basis), by: 'category' })],
            ['sla', (basis) => s.ask.sla(query(basis))],
            ['customers', (basis) => s.ask.customers(query(basis))],
            ['customers/serial-returners', (basis) => s.ask.serialReturners({ ...query(basis), minOrders: '1', minReturnRate: '0' })],
          ];
          for (const [route, ask] of answers) {
            const { period: byOrderPeriod, ...byOrder } = await ask('order');
            const { period: byReturnPeriod, ...byReturn } = await ask('return');
            expect(byOrderPeriod.basis).toBe('order');
            expect(byReturnPeriod.basis).toBe('return');
            // a return whose order is not in the data has no order date: basis=order leaves it out.
            // It keeps its own SKU and reason (the generator's are SKU A), but no order attributes.
            const unmatchedInScope = s.unmatchedReturns > 0 && (filter === null || filter.reason !== undefined || filter.sku === 'A');
            if (route === 'summary' && unmatchedInScope) expect(byReturn.returns).toBeGreaterThanOrEqual(byOrder.returns!);
            else if (!unmatchedInScope) expect(route === 'sla' ? byReturn.overall : byReturn, route).toEqual(route === 'sla' ? byOrder.overall : byOrder);
          }
        } finally {
          await s.close();
        }
      }),
      runs,
    );
  });

  it('rates lie in [0, 1] and percentiles are ordered', async () => {
    await fc.assert(
      fc.asyncProperty(shopArb, questionArb, async (shop, question) => {
        const s = await openShop(shop);
        try {
          const query = queryOf({ ...question, basis: 'order' });
          const summary = await s.ask.summary(query);
          for (const key of ['returnRateUnits', 'returnRateOrders', 'returnRateValue', 'retentionRate'] as const) aRate(summary[key], key);
          for (const [stage, stats] of Object.entries(summary.cycleDays)) ordered(stats, stage);
          for (const row of (await s.ask.trend(query)).rows) for (const key of ['returnRateUnits', 'returnRateOrders', 'returnRateValue'] as const) aRate(row[key], `trend ${key}`);
          const avoidable = await s.ask.avoidable({ ...query, by: 'category' });
          for (const row of [avoidable.overall, ...avoidable.rows]) {
            aRate(row.preventableRate, 'preventableRate');
            aRate(row.preventableShare, 'preventableShare');
          }
          aRate((await s.ask.sla({ ...query, slaDays: '2' })).overall.breachRate, 'breachRate');
          const customers = await s.ask.customers({ ...query, withinDays: '30' });
          for (const cohort of [customers.returned, customers.notReturned, ...customers.byResolution]) {
            aRate(cohort.repurchaseRate, 'repurchaseRate');
            expect(cohort.repurchased <= cohort.observed && cohort.observed <= cohort.customers).toBe(true);
          }
          const serial = await s.ask.serialReturners({ ...query, minOrders: '1', minReturnRate: '0' });
          for (const key of ['shareOfUnitsReturned', 'shareOfRefundedValue'] as const) aRate(serial.overall[key], key);
          for (const by of ['month', 'category', 'carrier', 'returnCarrier'] as const) {
            const cycle = await s.ask.cycleTimes({ ...query, by });
            for (const row of [cycle.overall, ...cycle.rows]) {
              for (const stage of ['requestToReceived', 'receivedToResolved', 'requestToResolved'] as const) ordered(row[stage], `${by} ${row.key} ${stage}`);
            }
          }
        } finally {
          await s.close();
        }
      }),
      runs,
    );
  });
});

describe('shortcuts the metrics take', () => {
  it("an order whose previous one is older than the period is its customer's first in the period", async () => {
    await fc.assert(
      fc.asyncProperty(shopArb, questionArb, async (shop, question) => {
        const s = await openShop(shop);
        try {
          const from = isoDay(start + question.fromOffset * dayMs);
          const to = isoDay(start + (question.fromOffset + question.length) * dayMs);
          const params = { from, to };
          const scanned = await s.db.all(
            'SELECT customer_hash::VARCHAR AS c, since, next_order_at FROM first_orders_in_scope($from::DATE, $to::DATE, NULL, NULL, NULL, NULL, NULL) ORDER BY ALL',
            params,
          );
          const grouped = await s.db.all(
            `SELECT customer_hash::VARCHAR AS c, min(ordered_at) AS since, arg_min(next_order_at, ordered_at) AS next_order_at
             FROM orders WHERE customer_hash IS NOT NULL AND order_date BETWEEN $from::DATE AND $to::DATE
             GROUP BY customer_hash ORDER BY ALL`,
            params,
          );
          expect(scanned).toEqual(grouped);
        } finally {
          s.close();
        }
      }),
      runs,
    );
  });

  // The customers queries were rewritten for speed (issue 14); the SQL they replaced is kept in
  // test/property/reference/ only to hold them to its answers, on shops whose orders and returns
  // crowd into a month so that the same second, the same customer and the same order recur.
  const crowdedShopArb = fc.record({
    orders: fc.array(orderArb, { minLength: 6, maxLength: 16 }),
    // many returns: most customers return, some of nearly all they buy
    returns: fc.array(returnArb, { minLength: 8, maxLength: 30 }),
    withUnmatched: fc.boolean(),
  }).map((shop) => ({
    ...shop,
    // two customers, so that each has several orders and returns
    orders: shop.orders.map((o, i) => ({ ...o, customer: o.customer && (o.customer < 'c3' ? ('c1' as const) : ('c2' as const)), dayOffset: (o.dayOffset + 3 * i) % 30, hour: o.hour % 3 })),
    returns: shop.returns.map((r, i) => ({ ...r, line: r.line + i, requestHours: 12 + (r.requestHours % 6) * 24 })),
  }));
  const scopeArb = fc.record({
    // from a day to past the whole shop: a short period holds one of a customer's orders, or none
    fromOffset: fc.integer({ min: 0, max: 29 }),
    length: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 7, max: 80 })),
    basis: fc.constantFrom('order', 'return'),
    filters: fc.constantFrom<Omit<Filter, 'reason'>>(
      {}, {}, {}, { category: 'Hogar' }, { category: 'Calzado', channel: 'web' }, { channel: 'web' }, { region: 'CABA' }, { carrier: 'OCA' }, { sku: 'B' }, { sku: 'D' },
    ),
    // mostly none: a reason or a cut-off leaves few returns, and few customers to compare
    reason: fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: fc.constantFrom(...reasons), weight: 1 }),
    requestedByDay: fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: fc.integer({ min: 0, max: 50 }), weight: 1 }),
    withinDays: fc.integer({ min: 1, max: 30 }),
    lastDay: fc.option(fc.integer({ min: 10, max: 60 }), { nil: null }),
    minOrders: fc.integer({ min: 1, max: 3 }),
    // rates close to each other, so that a customer's rate falls on either side of the threshold
    minReturnRate: fc.constantFrom(0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1),
    sort: fc.constantFrom('unitsReturned', 'returnRateUnits', 'refundedValue', 'orders'),
    limit: fc.integer({ min: 1, max: 4 }),
    offset: fc.integer({ min: 0, max: 2 }),
  });

  it('the customers queries answer as the SQL they replaced', async () => {
    await fc.assert(
      fc.asyncProperty(crowdedShopArb, fc.array(scopeArb, { minLength: 1, maxLength: 6 }), async (shop, scopes) => {
        const s = await openShop(shop);
        try {
          await s.db.withSession((session) => session.run(reference('scope_macros').sql));
          const [{ last }] = (await s.db.all('SELECT strftime(last_timestamp, \'%Y-%m-%d %H:%M:%S\') AS last FROM data_facts')) as [{ last: string }];
          for (const { fromOffset, length, requestedByDay, lastDay, filters, ...scope } of scopes) {
            const params = {
              category: null, channel: null, region: null, carrier: null, sku: null,
              ...filters,
              ...scope,
              from: isoDay(start + fromOffset * dayMs),
              to: isoDay(start + (fromOffset + length) * dayMs),
              requestedBy: requestedByDay === null ? null : stamp(start + requestedByDay * dayMs + 7_200_000),
              lastTimestamp: lastDay === null ? last : stamp(start + lastDay * dayMs),
            };
            for (const name of ['repeat_purchase', 'serial_returners']) {
              const today = SqlFile.in('queries', name);
              const before = reference(name);
              expect(await s.db.all(today.sql, today.bind(params)), `${name} ${JSON.stringify(params)}`).toEqual(
                await s.db.all(before.sql, before.bind(params)),
              );
            }
          }
        } finally {
          s.close();
        }
      }),
      { numRuns: 30, endOnFailure: true },
    );
  }, 240_000);
});

describe('serial returners when an overlapping re-export leaves an order\'s lines disagreeing', () => {
  // The second export lists O1 again with its line B only: under the customer's account instead of
  // the guest id, or with its time corrected into April. O1's row keeps one of its lines' values,
  // so the order's neighbours and units must not speak for the return of line B (reviewer's cases).
  const header = 'order_id,ordered_at,customer_id,sku,category,quantity,unit_price,channel,region,carrier\n';
  const line = (order: string, at: string, customer: string, sku: string, quantity: number) => `${order},${at},${customer},${sku},Cal,${quantity},10,web,CABA,OCA\n`;
  const returns =
    'return_id,order_id,sku,quantity,reason_raw,requested_at,resolution\n' +
    'R1,O1,B,1,size,2025-04-05 10:00:00,refund\nR2,O2,C,1,size,2025-04-12 10:00:00,refund\nR3,O3,C,1,size,2025-04-22 10:00:00,refund\n';
  const later = (o1: string) => o1 + line('O2', '2025-04-10 10:00:00', 'c2', 'C', 1) + line('O3', '2025-04-20 10:00:00', 'c2', 'C', 1);
  // without O3, c2's one order row in April is O2, while under a category c2's orders are counted
  // from the lines: O1's line B and O2
  const laterOne = (o1: string) => o1 + line('O2', '2025-04-10 10:00:00', 'c2', 'C', 1);
  const merged = line('O1', '2025-04-02 10:00:00', 'g1', 'A', 9) + line('O1', '2025-04-02 10:00:00', 'g1', 'B', 1);
  const corrected = line('O1', '2025-03-31 23:00:00', 'c2', 'A', 5) + line('O1', '2025-03-31 23:00:00', 'c2', 'B', 1);
  const cases = {
    'a guest id merged into the account': [merged, later(line('O1', '2025-04-02 10:00:00', 'c2', 'B', 1))],
    'an order time corrected into the period': [corrected, later(line('O1', '2025-04-01 02:00:00', 'c2', 'B', 1))],
    'a guest id merged, and one more order': [merged, laterOne(line('O1', '2025-04-02 10:00:00', 'c2', 'B', 1))],
    'an order time corrected, and one more order': [corrected, laterOne(line('O1', '2025-04-01 02:00:00', 'c2', 'B', 1))],
  };
  for (const [name, [first, second]] of Object.entries(cases)) {
    it(`answers as the SQL it replaced: ${name}`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-property-'));
      const db = await Database.open({ path: ':memory:', threads: 1, readers: 1 });
      try {
        const files: [string, string, 'orders' | 'returns'][] = [['first.csv', header + first, 'orders'], ['second.csv', header + second, 'orders'], ['returns.csv', returns, 'returns']];
        for (const [fileName, text, kind] of files) {
          fs.writeFileSync(path.join(dir, fileName), text);
          await importFile(db, { filePath: path.join(dir, fileName), fileName, kind });
        }
        await db.withSession((session) => session.run(reference('scope_macros').sql));
        const today = SqlFile.in('queries', 'serial_returners');
        const before = reference('serial_returners');
        for (const filters of [{}, { category: 'Cal' }, { channel: 'web' }]) {
          for (const minOrders of [1, 2]) {
            const params = {
              category: null, channel: null, region: null, carrier: null, sku: null, reason: null, requestedBy: null, ...filters,
              from: '2025-04-01', to: '2025-04-30', basis: 'order', minOrders, minReturnRate: 0.5, sort: 'unitsReturned', limit: 10, offset: 0,
            };
            const expected = await db.all(before.sql, before.bind(params));
            expect(await db.all(today.sql, today.bind(params)), JSON.stringify(params)).toEqual(expected);
          }
        }
      } finally {
        db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('repeat purchase under a category kept as a bit', () => {
  // Orders keep their categories as bits (schema.sql, category_bit). A bit speaks for its category
  // only where no other category, nor a blank one, sets it; elsewhere the lines are read.
  const header = 'order_id,ordered_at,customer_id,sku,category,quantity,unit_price,channel,region,carrier\n';
  const line = (order: string, at: string, customer: string, sku: string, category: string) => `${order},${at},${customer},${sku},${category},1,10,web,CABA,OCA\n`;

  /** A database holding the files given, for `work`; gone after it. */
  async function withShop(files: (db: Database) => Promise<Array<[fileName: string, text: string, kind: 'orders' | 'returns']>>, work: (db: Database) => Promise<void>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-property-'));
    const db = await Database.open({ path: ':memory:', threads: 1, readers: 1 });
    try {
      for (const [fileName, text, kind] of await files(db)) {
        fs.writeFileSync(path.join(dir, fileName), text);
        await importFile(db, { filePath: path.join(dir, fileName), fileName, kind });
      }
      await work(db);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Repeat purchase under `category` over April 2025, as today's SQL answers, held to the SQL it replaced. */
  async function aprilUnder(db: Database, category: string) {
    await db.withSession((session) => session.run(reference('scope_macros').sql));
    const params = {
      from: '2025-04-01', to: '2025-04-30', basis: 'order', category, channel: null, region: null, carrier: null, sku: null, reason: null, requestedBy: null,
      withinDays: 60, lastTimestamp: '2025-12-31 00:00:00',
    };
    const today = SqlFile.in('queries', 'repeat_purchase');
    const before = reference('repeat_purchase');
    const answer = await db.all(today.sql, today.bind(params));
    expect(answer).toEqual(await db.all(before.sql, before.bind(params)));
    return answer;
  }

  it('counts only the customers who ordered in it when another category shares its bit', async () => {
    const files = async (db: Database): Promise<Array<[string, string, 'orders' | 'returns']>> => {
      const [pair] = await db.all(
        `SELECT b.name AS other FROM (SELECT 'Calzado' AS name) a, (SELECT 'Rubro ' || i AS name FROM range(5000) t(i)) b
         WHERE category_bit(a.name) = category_bit(b.name) ORDER BY b.name LIMIT 1`,
      );
      const other = String(pair!.other);
      // c1 buys Calzado in April and comes back; c2 buys only the other category; c3 returns Calzado
      const orders =
        header +
        line('O1', '2025-04-02 10:00:00', 'c1', 'A', 'Calzado') +
        line('O2', '2025-04-20 10:00:00', 'c1', 'B', other) +
        line('O3', '2025-04-05 10:00:00', 'c2', 'B', other) +
        line('O4', '2025-04-08 10:00:00', 'c3', 'A', 'Calzado');
      const returns = 'return_id,order_id,sku,quantity,reason_raw,requested_at,resolution\nR1,O4,A,1,size,2025-04-12 10:00:00,refund\n';
      return [['orders.csv', orders, 'orders'], ['returns.csv', returns, 'returns']];
    };
    await withShop(files, async (db) => {
      const answer = await aprilUnder(db, 'Calzado');
      // worked by hand: c3 returned; c1 alone ordered Calzado and did not, and bought again on 20 April
      expect(answer.filter((row) => row.resolution === null).map((row) => [row.cohort, row.customers, row.repurchased])).toEqual([
        ['returned', 1, 0],
        ['not_returned', 1, 1],
      ]);
    });
  });

  it('counts only the customers who ordered in it when it sits on the bit a blank category would hash to', async () => {
    // DuckDB's hash(NULL) is a number: were blank categories given its bit, every order with an
    // uncategorised line would pass for one of the category alone on that bit (reviewer's case)
    let category = '';
    const files = async (db: Database): Promise<Array<[string, string, 'orders' | 'returns']>> => {
      const [pick] = await db.all(
        `SELECT name FROM (SELECT 'Rubro ' || i AS name FROM range(5000) t(i))
         WHERE hash(name) % 64 = hash(NULL::VARCHAR) % 64 ORDER BY name LIMIT 1`,
      );
      category = String(pick!.name);
      // c1 buys in the category; c2 and c3 only goods without one, c3 twice
      const orders =
        header +
        line('O1', '2025-04-02 10:00:00', 'c1', 'A', category) +
        line('O2', '2025-04-05 10:00:00', 'c2', 'B', '') +
        line('O3', '2025-04-06 10:00:00', 'c3', 'B', '') +
        line('O4', '2025-04-20 10:00:00', 'c3', 'B', '');
      return [['orders.csv', orders, 'orders']];
    };
    await withShop(files, async (db) => {
      expect(await db.all(`SELECT order_id, category_bits::VARCHAR AS bits FROM orders WHERE order_id <> 'O1' ORDER BY order_id`)).toEqual(
        ['O2', 'O3', 'O4'].map((order_id) => ({ order_id, bits: '0' })),
      );
      const answer = await aprilUnder(db, category);
      // worked by hand: c1 alone ordered in the category, and did not buy again
      expect(answer.filter((row) => row.cohort === 'not_returned').map((row) => [row.customers, row.repurchased])).toEqual([[1, 0]]);
    });
  });
});

describe("each return's count of its customer's returns", () => {
  // R2 is exported again under another order, of another customer: c1 is left with R1 alone, though
  // neither R1 nor its order is linked again by that import.
  const orders =
    'order_id,ordered_at,customer_id,sku,category,quantity,unit_price,channel,region,carrier\n' +
    'O1,2025-04-02 10:00:00,c1,A,Cal,1,10,web,CABA,OCA\nO2,2025-04-05 10:00:00,c1,A,Cal,1,10,web,CABA,OCA\nO3,2025-04-06 10:00:00,c2,A,Cal,1,10,web,CABA,OCA\n';
  const header = 'return_id,order_id,sku,quantity,reason_raw,requested_at,resolution\n';
  const first = header + 'R1,O1,A,1,size,2025-04-08 10:00:00,refund\nR2,O2,A,1,size,2025-04-09 10:00:00,refund\n';
  const second = header + 'R2,O3,A,1,size,2025-04-09 10:00:00,refund\n';

  it('follows a return that moves to another customer', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-property-'));
    const db = await Database.open({ path: ':memory:', threads: 1, readers: 1 });
    const counts = () => db.all('SELECT return_id, customer_id, customer_returns FROM returns ORDER BY return_id');
    try {
      const files: [string, string, 'orders' | 'returns'][] = [['orders.csv', orders, 'orders'], ['first.csv', first, 'returns']];
      for (const [fileName, text, kind] of files) {
        fs.writeFileSync(path.join(dir, fileName), text);
        await importFile(db, { filePath: path.join(dir, fileName), fileName, kind });
      }
      expect(await counts()).toEqual([
        { return_id: 'R1', customer_id: 'c1', customer_returns: 2 },
        { return_id: 'R2', customer_id: 'c1', customer_returns: 2 },
      ]);
      fs.writeFileSync(path.join(dir, 'second.csv'), second);
      await importFile(db, { filePath: path.join(dir, 'second.csv'), fileName: 'second.csv', kind: 'returns' });
      expect(await counts()).toEqual([
        { return_id: 'R1', customer_id: 'c1', customer_returns: 1 },
        { return_id: 'R2', customer_id: 'c2', customer_returns: 1 },
      ]);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('derived data kept up to date import by import', () => {
  // Two overlapping exports of orders (the second maybe replacing everything) and two of returns,
  // imported in an order that has returns arrive before their orders: after each import only what
  // it touched is derived again. The result must be what deriving everything from scratch gives.
  const derivedTables = ['orders', 'sales_daily', 'sales_monthly', 'orders_daily', 'orders_monthly', 'orders_by_previous_day', 'sales_monthly_sku', 'returns', 'data_facts'];
  const snapshot = async (db: Database) => {
    const tables: Record<string, unknown[]> = {};
    for (const table of derivedTables) tables[table] = await db.all(`SELECT * FROM ${table} ORDER BY ALL`);
    return tables;
  };

  it('equals the derived data rebuilt whole', async () => {
    await fc.assert(
      fc.asyncProperty(shopArb, fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 60 }), fc.boolean(), async (shop, split, overlap, replace) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-property-'));
        const db = await Database.open({ path: ':memory:', threads: 1, readers: 1 });
        try {
          const early = writeShop(shop, dir, (i) => shop.orders[i]!.dayOffset < split + overlap, (i) => i % 2 === 0, '-early');
          const late = writeShop(shop, dir, (i) => shop.orders[i]!.dayOffset >= split, (i) => i % 2 === 1, '-late');
          const steps: [boolean, string, 'orders' | 'returns', 'append' | 'replace'][] = [
            [early.hasReturns, early.files.returns, 'returns', 'append'],
            [early.hasOrders, early.files.orders, 'orders', 'append'],
            [late.hasOrders, late.files.orders, 'orders', replace ? 'replace' : 'append'],
            [late.hasReturns, late.files.returns, 'returns', 'append'],
          ];
          for (const [present, filePath, kind, mode] of steps) {
            if (present) await importFile(db, { filePath, fileName: path.basename(filePath), kind, mode });
          }
          const stepByStep = await snapshot(db);
          await db.withSession((session) =>
            session.transaction(async () => {
              await session.run('DELETE FROM derived_state');
              await refreshDerivedData(session);
            }),
          );
          expect(stepByStep).toEqual(await snapshot(db));
        } finally {
          db.close();
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      runs,
    );
  });
});
