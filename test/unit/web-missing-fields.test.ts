import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import es from '../../web/src/i18n/es.json' with { type: 'json' };
import { missingFields, rateNeeds, unknownBecause } from '../../web/src/features/dataset/missing-fields.ts';
import type { Dataset } from '../../web/src/features/dataset/use-dataset.ts';

// GET /api/dataset as it answers for test/fixtures/layouts/combined-flag-only.csv (4 returns with
// only a returned flag), and for the small shop (8 returns; R5 has no resolution date, R4 and R5 no
// recovered value): see test/api/flag-only-data.test.ts.
const none = { resolution: 0, refundAmount: 0, disposition: 0, recoveredValue: 0, shippingCost: 0, receivedAt: 0, resolvedAt: 0, reasonText: 0 };
const dataset = (returns: number, coverage: Dataset['coverage'], orderLines = 11): Dataset => ({
  isDemo: false,
  empty: false,
  currency: null,
  firstDate: '2025-01-05',
  firstOrderMonth: orderLines > 0 ? '2025-01-01' : null,
  returnsLag: null,
  lastDate: '2025-02-28',
  lastTimestamp: '2025-02-28T00:00:00',
  lastOrderDate: '2025-02-28',
  currencies: [],
  orderLines,
  returns,
  dimensions: { category: [], channel: [], region: [], carrier: [], reason: [] },
  coverage,
});
const flagOnly = dataset(4, none);
const smallShopCoverage = { resolution: 8, refundAmount: 6, disposition: 6, recoveredValue: 6, shippingCost: 8, receivedAt: 8, resolvedAt: 7, reasonText: 8 };
const smallShop = dataset(8, smallShopCoverage);
// test/fixtures/small-shop/returns.csv imported alone: its 8 returns and no order line.
const returnsOnly = dataset(8, smallShopCoverage, 0);

describe('what the data lacks for a figure', () => {
  it.each([
    ['a flag-only file, for the net cost', flagOnly, ['resolution', 'recoveredValue', 'shippingCost'], ['resolution', 'recoveredValue', 'shippingCost']],
    ['a flag-only file, for a stage', flagOnly, ['receivedAt', 'resolvedAt'], ['receivedAt', 'resolvedAt']],
    ['the small shop, which has every field on some return', smallShop, ['resolution', 'recoveredValue', 'shippingCost', 'reasonText'], []],
    ['orders without any return: said once', dataset(0, none), ['resolution', 'reasonText'], ['returns']],
    ['orders without any return, for a return rate: not 0 %', dataset(0, none), ['returns'], ['returns']],
    ['a flag-only file, for a return rate: measured', flagOnly, ['returns'], []],
    ['a flag-only file, for a return rate with its sales: measured', flagOnly, rateNeeds, []],
    ['orders without any return, for a return rate with its sales: the returns are what is missing', dataset(0, none), rateNeeds, ['returns']],
    ['returns without any order, for a return rate: no sales to divide by, not "no return has it"', returnsOnly, rateNeeds, ['orders']],
    ['returns without any order, for refunds: measured from the returns alone', returnsOnly, ['resolution'], []],
    ['a figure that needs no return field', flagOnly, [], []],
    ['nothing loaded yet', undefined, ['resolution'], []],
  ] as const)('%s', (_case, loaded, needs, missing) => {
    expect(missingFields(loaded, needs)).toEqual(missing);
  });
});

describe('why a figure is unknown', () => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await i18n.init({ resources: { es: { translation: es }, en: { translation: en } }, lng: 'en' });
  });

  it('names the field the data lacks, else says the selection has none', () => {
    expect(unknownBecause('resolution', i18n.t)).toBe('Your data has no refund amounts or resolutions for its returns.');
    expect(unknownBecause('reasonText', i18n.getFixedT('es'))).toBe('Tus datos no tienen motivos de devolución.');
    expect(unknownBecause('orders', i18n.getFixedT('es'))).toBe('Tus datos no tienen pedidos: sin las ventas no hay tasa de devolución.');
    expect(unknownBecause(undefined, i18n.t)).toBe('No return in this selection has the data for it.');
  });
});
