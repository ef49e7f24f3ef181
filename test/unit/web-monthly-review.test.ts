import i18next from 'i18next';
import { newOrGrowing } from '../../web/src/features/monthly-review/new-or-growing.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { driverOf, type Mover } from '../../web/src/features/monthly-review/movers.ts';
import { comparedMonthName } from '../../web/src/features/monthly-review/compared-month.ts';
import { defaultReviewMonth, monthInData, monthPeriod, reviewMonths, shiftMonth } from '../../web/src/features/monthly-review/review-month.ts';
import { reviewSummary, type ReviewFacts } from '../../web/src/features/monthly-review/review-summary.ts';
import { createFormatters } from '../../web/src/lib/format.ts';
import { catalogues } from '../support/catalogues.ts';

describe('the review month', () => {
  it('shifts across years and knows each month\'s last day', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-10', -12)).toBe('2025-10');
    expect(monthPeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthPeriod('2025-12')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('sets a month against the one before only from the month of the first order, as the server does (beforeData)', () => {
    // returns reaching back before the orders (a request on 5 January, the first order on 1 February):
    // January holds no sales, so February has no month before it to be set against
    const returnsFirst = { firstDate: '2025-01-05', firstOrderMonth: '2025-02-01' };
    expect(monthInData('2025-01', returnsFirst)).toBe(false);
    expect(monthInData('2025-02', returnsFirst)).toBe(true);
    // orders from 20 November: November is in the data, October not
    expect(monthInData('2025-11', { firstDate: '2025-11-20', firstOrderMonth: '2025-11-01' })).toBe(true);
    expect(monthInData('2025-10', { firstDate: '2025-11-20', firstOrderMonth: '2025-11-01' })).toBe(false);
    // returns alone: the data begins with their first request
    expect(monthInData('2025-01', { firstDate: '2025-01-05', firstOrderMonth: null })).toBe(true);
    expect(monthInData('2024-12', { firstDate: '2025-01-05', firstOrderMonth: null })).toBe(false);
  });

  it('lists the data\'s months newest first', () => {
    expect(reviewMonths({ firstDate: '2025-11-20', lastDate: '2026-02-03' })).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });

  it('defaults to the last month when the data reaches its end, else the month before', () => {
    expect(defaultReviewMonth({ firstDate: '2024-11-01', lastDate: '2026-10-31' })).toBe('2026-10');
    expect(defaultReviewMonth({ firstDate: '2024-11-01', lastDate: '2026-10-17' })).toBe('2026-09');
    expect(defaultReviewMonth({ firstDate: '2026-10-01', lastDate: '2026-10-17' })).toBe('2026-10');
  });

  it('opens on the newest month whose return window has closed, once the trend says which', () => {
    const bounds = { firstDate: '2024-11-01', lastDate: '2026-10-31' };
    expect(defaultReviewMonth(bounds, ['2026-07', '2026-08', '2025-01'])).toBe('2026-08');
    expect(defaultReviewMonth(bounds, [])).toBe('2026-10');
  });
});

// The written summary, worked out by hand from made-up figures, in both languages.
const facts: ReviewFacts = {
  month: '2025-10-01',
  previousPeriod: { from: '2025-09-01', to: '2025-09-30' },
  yearEarlierPeriod: { from: '2024-10-01', to: '2024-10-31' },
  provisional: false,
  resolving: false,
  rate: { now: 0.113, previous: 0.092, yearEarlier: 0.101 },
  driver: { name: 'Calzado', reason: 'Talle chico' },
  money: { refunded: 1_250_000, refundedChange: 0.18, recovered: 400_000, netCost: 950_000 },
  preventable: { share: 0.731, topReason: { name: 'Talle chico', units: 412 } },
  open: { count: 12, oldestDays: 41.5 },
  flagged: { count: 2, top: { sku: 'ZAP-URB-42', lift: 3.8 } },
};

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { es: { translation: catalogues.es }, en: { translation: catalogues.en } }, lng: 'es', interpolation: { escapeValue: false } });
});

describe('the written summary', () => {
  it('says in Spanish what moved, by how much and why, with the money and what is open', async () => {
    await i18n.changeLanguage('es');
    const sentences = reviewSummary(facts, i18n.t, createFormatters('es-AR', 'ARS'));
    expect(sentences[0]).toBe('La tasa de devolución subió 2,1\u00a0pp frente a septiembre de 2025, a 11,3%, impulsada por Calzado — Talle chico.');
    expect(sentences[1]).toBe('Frente a octubre de 2024 está 1,2\u00a0pp más alta (10,1% entonces).');
    expect(sentences[2]).toContain('+18,0%');
    expect(sentences[3]).toBe('El 73% de lo devuelto fue por motivos que el vendedor puede prevenir; el principal, Talle chico (412 unidades).');
    expect(sentences[4]).toBe('Quedan 12 devoluciones abiertas; la más antigua lleva 41,5 días.');
    expect(sentences[5]).toContain('ZAP-URB-42, 3,8 veces');
    expect(sentences).toHaveLength(6);
  });

  it('says the same in English with English number formats', async () => {
    await i18n.changeLanguage('en');
    const sentences = reviewSummary(facts, i18n.t, createFormatters('en-US', 'ARS'));
    expect(sentences[0]).toBe('The return rate rose 2.1\u00a0pp against September 2025, to 11.3%, driven by Calzado — Talle chico.');
    expect(sentences[4]).toBe('12 returns are still open; the oldest for 41.5 days.');
  });

  it('puts the provisional warning first, and reads a fall and a flat year correctly', async () => {
    await i18n.changeLanguage('es');
    const sentences = reviewSummary(
      { ...facts, provisional: true, rate: { now: 0.08, previous: 0.092, yearEarlier: 0.0802 }, driver: undefined, open: { count: 0, oldestDays: null } },
      i18n.t,
      createFormatters('es-AR', 'ARS'),
    );
    expect(sentences[0]).toMatch(/^Octubre de 2025 todavía es provisorio/);
    expect(sentences[1]).toBe('La tasa de devolución bajó 1,2\u00a0pp frente a septiembre de 2025, a 8,0%.');
    expect(sentences[2]).toBe('Es la misma que en octubre de 2024 (8,0%).');
    expect(sentences.some((s) => s.includes('abiertas'))).toBe(false);
  });

  it('says first that a month whose requests are all in is still resolving its returns, and only when it is not provisional', async () => {
    await i18n.changeLanguage('es');
    const format = createFormatters('es-AR', 'ARS');
    const resolving = reviewSummary({ ...facts, resolving: true }, i18n.t, format);
    expect(resolving[0]).toMatch(/^Octubre de 2025 ya tiene todos sus pedidos de devolución, pero algunos todavía se están resolviendo/);
    expect(resolving).toHaveLength(7);
    const both = reviewSummary({ ...facts, provisional: true, resolving: true }, i18n.t, format);
    expect(both[0]).toMatch(/^Octubre de 2025 todavía es provisorio/);
    expect(both.some((sentence) => sentence.includes('todavía se están resolviendo'))).toBe(false);
  });

  it('names a month before that the comparison at the same age cuts short by the days it counts', async () => {
    // February 2025 reviewed while it collects returns: January is counted over its first 28 days
    // (server/metrics/same-age.ts), and so named by them, as the KPI row names a comparison period
    await i18n.changeLanguage('es');
    const format = createFormatters('es-AR', 'ARS');
    const february = { ...facts, month: '2025-02-01', previousPeriod: { from: '2025-01-01', to: '2025-01-28' }, yearEarlierPeriod: { from: '2024-02-01', to: '2024-02-28' } };
    const sentences = reviewSummary(february, i18n.t, format);
    expect(sentences[0]).toBe('La tasa de devolución subió 2,1\u00a0pp frente a 1 ene 2025 – 28 ene 2025, a 11,3%, impulsada por Calzado — Talle chico.');
    expect(sentences[1]).toBe('Frente a 1 feb 2024 – 28 feb 2024 está 1,2\u00a0pp más alta (10,1% entonces).');
    expect(comparedMonthName({ from: '2025-01-01', to: '2025-01-28' }, format, i18n.t, 'short')).toBe('1 ene 2025 – 28 ene 2025');
    // a whole month keeps its name, short in the KPI table's header
    expect(comparedMonthName({ from: '2025-01-01', to: '2025-01-31' }, format, i18n.t, 'short')).toBe('ene 2025');
  });

  it('never writes an amount the data cannot give: no refunds at all, or a net cost without its shipping', async () => {
    await i18n.changeLanguage('en');
    const format = createFormatters('en-US', 'ARS');
    const moneySentence = (money: ReviewFacts['money']) => reviewSummary({ ...facts, money }, i18n.t, format)[2];
    // a file with only a returned flag: nothing refunded, recovered or paid is known
    expect(moneySentence({ refunded: null, refundedChange: null, recovered: null, netCost: null, netCostMissing: 'recoveredValue' })).toBe(
      'Your data does not say what was refunded, so what returns cost is not known.',
    );
    // refunds and recovered values but no shipping costs: the refunds stand, the net cost does not
    expect(moneySentence({ refunded: 1_250_000, refundedChange: 0.18, recovered: 400_000, netCost: null, netCostMissing: 'shippingCost' })).toBe(
      'Refunds came to ARS\u00a01,250,000 (+18.0% against the month before); the net cost of returns cannot be worked out. Your data has no return shipping costs.',
    );
    // the data has shipping costs, but no return of this month does
    await i18n.changeLanguage('es');
    expect(reviewSummary({ ...facts, money: { refunded: 0, refundedChange: null, recovered: null, netCost: null } }, i18n.t, createFormatters('es-AR', 'ARS'))[2]).toBe(
      'Se reembolsaron $\u00a00; el costo neto de las devoluciones no se puede calcular. Ninguna devolución de esta selección trae el dato.',
    );
  });
});


describe('newOrGrowing: what the review says of a cause', () => {
  const previous = { month: '2025-11-01', unitsSold: 600, unitsReturned: 104, rate: 0.173, period: { from: '2025-11-01', to: '2025-11-30' }, returnsRequestedBy: '2025-12-01T10:00:00' };
  const december = (rate: number) => ({ month: '2025-12-01', unitsSold: 620, unitsReturned: Math.round(rate * 620), rate, previous });

  it('is no news in December when it started and ended in November', () => {
    const spike = { timing: { startMonth: '2025-11-01', endMonth: '2025-11-01' }, lastMonth: december(0.05) };
    expect(newOrGrowing(spike, '2025-12')).toBeUndefined();
    // still going: new since November
    expect(newOrGrowing({ ...spike, timing: { startMonth: '2025-11-01', endMonth: null } }, '2025-12')).toEqual({ kind: 'new', since: '2025-11-01' });
  });

  it('is not growing on a rise the review shows as the same figure (under 0.05 points)', () => {
    const steady = { timing: { startMonth: null, endMonth: null } };
    expect(newOrGrowing({ ...steady, lastMonth: december(0.17301) }, '2025-12')).toBeUndefined();
    expect(newOrGrowing({ ...steady, lastMonth: december(0.1736) }, '2025-12')).toEqual({ kind: 'growing', rate: 0.1736, previousRate: 0.173, previousPeriod: { from: '2025-11-01', to: '2025-11-30' }, sameAge: true });
  });
});

describe('driverOf: the value the summary says drove the rate', () => {
  const mover = (dimension: Mover['dimension'], key: string, impactUnits: number): Mover => ({
    dimension,
    key,
    rateNow: 0.09,
    rateBefore: 0.1,
    change: impactUnits / 1000,
    unitsSoldNow: 1000,
    unitsReturnedNow: 90,
    unitsReturnedBefore: 100,
    impactUnits,
  });

  it('names none when no one value accounts for half the move: five categories falling alike', () => {
    // 5,000 units sold, the rate 1 point down: 50 units; each category 10 of them
    const five = ['A', 'B', 'C', 'D', 'E'].map((key) => mover('category', key, -10));
    expect(driverOf(five, -50)).toBeUndefined();
  });

  it('names the category that accounts for half or more, before a SKU, never a reason or a value that moved the other way', () => {
    const movers = [mover('reason', 'defective', -45), mover('sku', 'TEE-M', -40), mover('category', 'Calzado', -25), mover('channel', 'App', 30)];
    expect(driverOf(movers, -50)?.key).toBe('Calzado');
    expect(driverOf(movers.filter((m) => m.dimension !== 'category'), -50)?.key).toBe('TEE-M');
    // had the rate risen 50 units' worth, App's 30 of them would have driven it
    expect(driverOf(movers, 50)?.key).toBe('App');
  });
});
