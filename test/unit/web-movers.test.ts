import { describe, expect, it } from 'vitest';
import { findMovers, type MoverRow } from '../../web/src/features/monthly-review/movers.ts';

const row = (key: string | null, unitsSold: number, unitsReturned: number): MoverRow => ({
  key,
  unitsSold,
  unitsReturned,
  returnRateUnits: unitsSold ? unitsReturned / unitsSold : null,
});

describe('what changed', () => {
  it('ranks moves by the units they account for at today\'s sales, either way', () => {
    const movers = findMovers([
      {
        dimension: 'category',
        // Calzado 10 % → 15 % on 1,000 sold: +50 units; Hogar 5 % → 4 % on 2,000: −20 units
        now: [row('Calzado', 1000, 150), row('Hogar', 2000, 80)],
        before: [row('Calzado', 800, 80), row('Hogar', 1500, 75)],
      },
      {
        dimension: 'carrier',
        // OCA 8 % → 11 % on 1,000: +30 units
        now: [row('OCA', 1000, 110)],
        before: [row('OCA', 900, 72)],
      },
    ]);
    expect(movers.map((m) => [m.dimension, m.key])).toEqual([
      ['category', 'Calzado'],
      ['carrier', 'OCA'],
      ['category', 'Hogar'],
    ]);
    expect(movers[0]!.change).toBeCloseTo(0.05, 12);
    expect(movers[0]!.impactUnits).toBeCloseTo(50, 9);
    expect(movers[2]!.impactUnits).toBeCloseTo(-20, 9);
  });

  it('leaves out small samples, values missing from either period, empty keys and noise', () => {
    const movers = findMovers([
      {
        dimension: 'region',
        now: [row('Jujuy', 20, 10), row('Salta', 500, 60), row(null, 900, 300), row('CABA', 1000, 101)],
        before: [row('Jujuy', 20, 1), row(null, 900, 10), row('CABA', 1000, 100)],
      },
    ]);
    // Jujuy: 20 sold; Salta: not sold before; null: no key; CABA: +1 unit is noise
    expect(movers).toEqual([]);
  });

  it('keeps the top few', () => {
    const now = Array.from({ length: 10 }, (_, i) => row(`S${i}`, 100, 10 + i * 5));
    const before = Array.from({ length: 10 }, (_, i) => row(`S${i}`, 100, 10));
    expect(findMovers([{ dimension: 'sku', now, before }], { limit: 3 }).map((m) => m.key)).toEqual(['S9', 'S8', 'S7']);
  });
});
