import { parseResponse, type InferRequestType } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { refusal, refusedQuery } from '../support/test-store.ts';
import { useSmallShopThroughAugust } from './small-shop-through-august.ts';

// Hand-worked from the small shop through August (see small-shop-through-august.ts). January and
// February are the first export's (docs/metrics.md works them out); by order, returns
// (units, value at the price sold, reason):
//   January:  R1 1 100 size_too_small, R2 3 120 damaged_in_transit, R8 1 200 better_price (O11, ordered 01-25)
//   February: R3 1 50 changed_mind, R4 2 defective but rejected (0 units, 0 value), R5 1 120
//             size_too_small, R6 1 200 not_as_described
// Sales: January 16 units for 1,250; February 18 for 1,240. Calzado 6 units for 620, Hogar 15 for
// 1,350, Indumentaria 13 for 520.
const janFeb = { from: '2025-01-01', to: '2025-02-28' };

const shop = useSmallShopThroughAugust();
const api = () => shop.client.api.metrics;
const reasons = (query: InferRequestType<ReturnType<typeof api>['reasons']['$get']>['query']) => parseResponse(api().reasons.$get({ query }));
/** The standard filters: what the agreement tests below ask every route with. */
type Question = Omit<InferRequestType<ReturnType<typeof api>['trend']['$get']>['query'], 'grain'>;

type KeyRow = Awaited<ReturnType<typeof reasons>>['rows'][number];
type ReasonFigures = KeyRow['reasons'][number];

/** A reason's figures over its key's sales, worked out here from units and value. */
const figures = (reason: string, returns: number, units: number, value: number, sold: { units: number; value: number }): ReasonFigures => ({
  reason,
  returns,
  unitsReturned: units,
  returnedValue: value,
  returnRateUnits: units / sold.units,
  returnRateValue: value / sold.value,
});

describe('GET /api/metrics/reasons', () => {
  it('by=month: each order month with its sales, and every reason that came back in it, most units first', async () => {
    const answer = await reasons({ by: 'month', ...janFeb });
    expect(answer.by).toBe('month');
    expect(answer.period).toEqual({ from: '2025-01-01', to: '2025-02-28', basis: 'order' });
    expect(answer.returnWindowDays).toBe(30);
    expect(answer.asOf).toBe('2025-08-20T10:00:00');
    const jan = { units: 16, value: 1250 };
    const feb = { units: 18, value: 1240 };
    const [january, february] = answer.rows as KeyRow[];
    expect(answer.rows).toHaveLength(2);
    expect(january).toEqual({
      key: '2025-01-01',
      unitsSold: 16,
      grossSales: 1250,
      returns: 3,
      unitsReturned: 5,
      returnedValue: 420,
      returnRateUnits: 5 / 16,
      returnRateValue: 420 / 1250,
      // January's last line, O13 (undelivered), ordered 01-28 19:00: 30 days later
      windowClosesAt: '2025-02-27T19:00:00',
      mature: true,
      reasons: [
        figures('damaged_in_transit', 1, 3, 120, jan),
        // one unit each: by reason code
        figures('better_price', 1, 1, 200, jan),
        figures('size_too_small', 1, 1, 100, jan),
      ],
    });
    expect(february).toMatchObject({ key: '2025-02-01', unitsSold: 18, grossSales: 1240, returns: 4, unitsReturned: 3, returnedValue: 370 });
    // February's last line, O14 (undelivered), ordered 02-27 10:00: 30 days later
    expect(february!.windowClosesAt).toBe('2025-03-29T10:00:00');
    expect(february!.reasons).toEqual([
      figures('changed_mind', 1, 1, 50, feb),
      figures('not_as_described', 1, 1, 200, feb),
      figures('size_too_small', 1, 1, 120, feb),
      // the rejected return is a return, but no unit and no value came back
      figures('defective', 1, 0, 0, feb),
    ]);
  });

  it('by=month keeps every month of the period in order and marks the provisional ones', async () => {
    // April: R9 2 size_too_small, R10 damaged_in_transit, R11 better_price, R17 size_too_large over 9 units;
    // May: R12 defective over 5; June: R13 size_too_large, R14 not_as_described (both pending) over 2;
    // July: R16 changed_mind over 1; August: R15 other ("Sin motivo") over 1. March has no order in
    // this export's period but stays on the axis. July's window closes 08-29 and August's 09-04,
    // after the data ends on 08-20 (see maturity.test.ts).
    const { rows } = await reasons({ by: 'month', from: '2025-03-01', to: '2025-08-31' });
    const units = (row: KeyRow) => row.reasons.map((r) => `${r.reason} ${r.unitsReturned}`);
    expect(rows.map((row) => [row.key, row.unitsSold, row.unitsReturned, row.mature, units(row)])).toEqual([
      ['2025-03-01', 2, 1, true, ['size_too_small 1']], // O10 and O15; R7
      ['2025-04-01', 9, 5, true, ['size_too_small 2', 'better_price 1', 'damaged_in_transit 1', 'size_too_large 1']],
      ['2025-05-01', 5, 1, true, ['defective 1']],
      ['2025-06-01', 2, 2, true, ['not_as_described 1', 'size_too_large 1']],
      ['2025-07-01', 1, 1, false, ['changed_mind 1']],
      ['2025-08-01', 1, 1, false, ['other 1']],
    ]);
  });

  it('by=category: each category with its sales, most units returned first (ties by category, descending, as the breakdown)', async () => {
    const { by, rows } = await reasons({ by: 'category', ...janFeb });
    expect(by).toBe('category');
    const calzado = { units: 6, value: 620 };
    const hogar = { units: 15, value: 1350 };
    const indumentaria = { units: 13, value: 520 };
    const row = (key: string, sold: { units: number; value: number }, returns: number, units: number, value: number, byReason: ReasonFigures[]): KeyRow => ({
      key,
      unitsSold: sold.units,
      grossSales: sold.value,
      returns,
      unitsReturned: units,
      returnedValue: value,
      returnRateUnits: units / sold.units,
      returnRateValue: value / sold.value,
      windowClosesAt: null,
      mature: null,
      reasons: byReason,
    });
    expect(rows).toEqual([
      row('Indumentaria', indumentaria, 1, 3, 120, [figures('damaged_in_transit', 1, 3, 120, indumentaria)]),
      row('Hogar', hogar, 4, 3, 450, [
        figures('better_price', 1, 1, 200, hogar), // R8, O11's lamp
        figures('changed_mind', 1, 1, 50, hogar), // R3
        figures('not_as_described', 1, 1, 200, hogar), // R6
        figures('defective', 1, 0, 0, hogar), // R4, rejected
      ]),
      row('Calzado', calzado, 2, 2, 220, [figures('size_too_small', 2, 2, 220, calzado)]), // R1, R5
    ]);
  });

  it('the reason filter narrows the returns only: every category keeps its sales', async () => {
    const { rows } = await reasons({ by: 'category', ...janFeb, reason: 'size_too_small' });
    expect(rows.map((r) => [r.key, r.unitsSold, r.unitsReturned, r.returnRateUnits, r.reasons.map((x) => x.reason)])).toEqual([
      ['Calzado', 6, 2, 2 / 6, ['size_too_small']],
      ['Indumentaria', 13, 0, 0, []],
      ['Hogar', 15, 0, 0, []],
    ]);
  });

  it('a category whose only returns in scope were rejected is listed with its returns, where the breakdown leaves it out', async () => {
    // 15 February by request date: only R4 (O6's two Hogar cups, rejected); nothing was ordered that day
    const question = { by: 'category', basis: 'return', from: '2025-02-15', to: '2025-02-15' } as const;
    const none = { unitsReturned: 0, returnedValue: 0, returnRateUnits: null, returnRateValue: null };
    expect((await reasons(question)).rows).toEqual([
      { key: 'Hogar', unitsSold: 0, grossSales: 0, returns: 1, ...none, windowClosesAt: null, mature: null, reasons: [{ reason: 'defective', returns: 1, ...none }] },
    ]);
    expect((await parseResponse(api().breakdown.$get({ query: question }))).rows).toEqual([]);
  });

  it('limit caps the categories, largest first, and total counts them all; every month is answered whatever the limit', async () => {
    const categories = await reasons({ by: 'category', ...janFeb, limit: '2' });
    expect([categories.total, categories.rows.map((r) => r.key)]).toEqual([3, ['Indumentaria', 'Hogar']]);
    const months = await reasons({ by: 'month', from: '2025-01-01', to: '2025-08-31', limit: '1' });
    expect([months.total, months.rows.length]).toEqual([8, 8]);
  });

  it('basis=return: months are request months over the sales ordered in them', async () => {
    // January: R1, R2 requested; February: R3, R4, R5, R6 (R8, of a January order, was requested 03-02)
    const { rows } = await reasons({ by: 'month', ...janFeb, basis: 'return' });
    expect(rows.map((r) => [r.key, r.unitsSold, r.returns, r.unitsReturned, r.mature])).toEqual([
      ['2025-01-01', 16, 2, 4, true],
      ['2025-02-01', 18, 4, 3, true],
    ]);
  });
});

describe('GET /api/metrics/reasons agrees with the per-reason trend and breakdown', () => {
  const trendFigures = ['unitsSold', 'grossSales', 'returns', 'unitsReturned', 'returnedValue', 'returnRateUnits', 'returnRateValue', 'windowClosesAt', 'mature'];
  const breakdownFigures = ['unitsSold', 'grossSales', 'unitsReturned', 'returnedValue', 'returnRateUnits', 'returnRateValue'];
  const reasonFigures = ['returns', 'unitsReturned', 'returnedValue', 'returnRateUnits', 'returnRateValue'] as const;
  const pick = (row: object, names: readonly string[]): Record<string, unknown> =>
    Object.fromEntries(names.map((name) => [name, (row as Record<string, unknown>)[name]]));
  /** What a reason with no return in a key adds: nothing, at the key's rate of zero (null without sales). */
  const noReturns = (reason: string, row: KeyRow): ReasonFigures => ({
    reason,
    returns: 0,
    unitsReturned: 0,
    returnedValue: 0,
    returnRateUnits: row.unitsSold ? 0 : null,
    returnRateValue: row.grossSales ? 0 : null,
  });
  const cell = (row: KeyRow, reason: string) => row.reasons.find((r) => r.reason === reason) ?? noReturns(reason, row);

  const questions: Question[] = [{}, { basis: 'return' }, { channel: 'web' }, { category: 'Hogar', basis: 'return' }, { from: '2025-02-10', to: '2025-06-20' }, { reason: 'size_too_large' }];

  it.each(questions)('by=month equals /trend, and each reason equals /trend?reason=… (%o)', async (question) => {
    const { dimensions } = await parseResponse(shop.client.api.dataset.$get());
    const { rows } = await reasons({ by: 'month', ...question });
    const trend = await parseResponse(api().trend.$get({ query: question }));
    expect(rows.map((r) => r.key)).toEqual(trend.rows.map((r) => r.month));
    rows.forEach((row, i) => expect(pick(row, trendFigures), row.key!).toEqual(pick(trend.rows[i]!, trendFigures)));
    for (const reason of question.reason ? [question.reason] : (dimensions.reason as Question['reason'][])) {
      const perReason = await parseResponse(api().trend.$get({ query: { ...question, reason } }));
      rows.forEach((row, i) => {
        const expected = pick(perReason.rows[i]!, reasonFigures);
        if (expected.returns === 0) expect(row.reasons.map((r) => r.reason)).not.toContain(reason);
        expect(cell(row, reason!), `${row.key} ${reason}`).toEqual({ reason, ...expected });
      });
    }
  });

  it.each(questions)('by=category equals /breakdown?by=category, and each reason equals it with reason=… (%o)', async (question) => {
    const { dimensions } = await parseResponse(shop.client.api.dataset.$get());
    const { rows } = await reasons({ by: 'category', ...question });
    const breakdown = (reason: Question['reason']) => parseResponse(api().breakdown.$get({ query: { ...question, reason, by: 'category', limit: '500' } }));
    const categories = await breakdown(question.reason);
    expect(rows.map((r) => r.key)).toEqual(categories.rows.map((r) => r.key));
    rows.forEach((row, i) => expect(pick(row, breakdownFigures), String(row.key)).toEqual(pick(categories.rows[i]!, breakdownFigures)));
    for (const reason of question.reason ? [question.reason] : (dimensions.reason as Question['reason'][])) {
      const perReason = new Map<string | null, object>((await breakdown(reason)).rows.map((r) => [r.key, r]));
      for (const row of rows) {
        const expected = perReason.get(row.key);
        // the breakdown has no count of returns: their sum over reasons is the key's
        const { returns: _returns, ...found } = cell(row, reason!);
        expect(found, `${row.key} ${reason}`).toEqual({ reason, ...pick(expected ?? noReturns(reason!, row), reasonFigures.slice(1)) });
      }
    }
    for (const row of rows) expect(row.reasons.reduce((sum, r) => sum + r.returns, 0)).toBe(row.returns);
  });
});

describe('bad parameters of /api/metrics/reasons get a 400 that names them', () => {
  it.each([
    ['', 'by'],
    ['by=sku', 'by'],
    ['by=reason', 'by'],
    ['by=month&basis=week', 'basis'],
    ['by=category&reason=colour', 'reason'],
    ['by=month&from=2025-03-01&to=2025-01-01', 'from'],
    ['by=month&to=2025-02-30', 'to'],
    ['by=category&limit=0', 'limit'],
    ['by=category&limit=201', 'limit'],
  ])('?%s', async (query, param) => {
    const refused = await refusal(await api().reasons.$get({ query: refusedQuery(Object.fromEntries(new URLSearchParams(query))) }));
    expect([refused.status, refused.code]).toEqual([400, 'invalid_query']);
    expect(refused.params).toContain(param);
  });
});
