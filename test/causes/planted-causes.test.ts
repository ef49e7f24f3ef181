import { describe, expect, it } from 'vitest';
import { findingsOf, type PlantedCause } from './support/generated-shop.ts';

const at = (findings: Awaited<ReturnType<typeof findingsOf>>, dimension: string, values: Record<string, string>) =>
  findings.find((f) => f.dimension === dimension && JSON.stringify(f.values) === JSON.stringify(values));

// The strengths this test holds the finder to, in a shop of 20,000 order lines over a year whose
// categories return 4 %, 10 % and 14 % of lines:
// - a SKU returning twice as often as the rest of its category (+14 points, for one reason);
// - a carrier with 2 points more returns for one reason (damage) than the others;
// - a channel returning 1.5 times as often as usual for one category (+5 points);
// - a carrier returning 1.8 times as often as usual in one region (+8 points).
const planted: PlantedCause[] = [
  { where: { sku: 'CAL-3' }, extraRate: 0.14, reason: 'size_too_small' },
  { where: { carrier: 'OCA' }, extraRate: 0.02, reason: 'damaged_in_transit' },
  { where: { channel: 'Mercado Libre', category: 'Indumentaria' }, extraRate: 0.05 },
  { where: { carrier: 'Correo Argentino', region: 'Salta' }, extraRate: 0.08 },
];

describe('planted causes', () => {
  it.each([1, 2, 3])('every cause planted at the stated strength is in the top 5 (seed %i)', async (seed) => {
    const findings = await findingsOf(seed, 20_000, planted);
    const top5 = findings.slice(0, 5);
    expect(at(top5, 'sku', { sku: 'CAL-3' }), 'CAL-3').toBeDefined();
    expect(at(top5, 'carrier', { carrier: 'OCA' }), 'OCA').toBeDefined();
    expect(at(top5, 'category_channel', { category: 'Indumentaria', channel: 'Mercado Libre' }), 'Indumentaria × Mercado Libre').toBeDefined();
    expect(at(top5, 'carrier_region', { carrier: 'Correo Argentino', region: 'Salta' }), 'Correo Argentino × Salta').toBeDefined();
    // the pairs are findings in their own right, not their channel's, carrier's or region's
    for (const [dimension, value] of [['channel', 'Mercado Libre'], ['carrier', 'Correo Argentino'], ['region', 'Salta']]) {
      expect(at(findings, dimension!, { [dimension!]: value! }), value).toBeUndefined();
    }
  });

  it('a cause that starts in one month shows that month as its start; a one-month spike is start and end', async () => {
    const findings = await findingsOf(4, 20_000, [
      { where: { carrier: 'Andreani' }, extraRate: 0.05, reason: 'damaged_in_transit', months: [9, 10, 11, 12] },
      { where: { region: 'Mendoza' }, extraRate: 0.4, months: [5] },
    ]);
    expect(at(findings, 'carrier', { carrier: 'Andreani' })?.timing).toEqual({ startMonth: '2025-09-01', endMonth: null });
    expect(at(findings, 'region', { region: 'Mendoza' })?.timing).toEqual({ startMonth: '2025-05-01', endMonth: '2025-05-01' });
  });
});
