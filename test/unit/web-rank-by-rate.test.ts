import { describe, expect, it } from 'vitest';
import { fewSalesUnits, rankByRate } from '../../web/src/features/return-rate/rank-by-rate.ts';

describe('rankByRate: a rate from a handful of sales ranks after the others', () => {
  it('puts 1 of 1 returned (100 %) after 9 of 41 (22 %), marked as few sales; nothing sold is left out', () => {
    const rows = [
      { key: 'Buenos Aires', unitsSold: 41, rate: 9 / 41 },
      { key: 'Tierra del Fuego', unitsSold: 1, rate: 1 },
      { key: 'Córdoba', unitsSold: 60, rate: 6 / 60 },
      { key: 'Salta', unitsSold: fewSalesUnits - 1, rate: 0.5 },
      { key: 'Jujuy', unitsSold: 0, rate: null },
      { key: 'Mendoza', unitsSold: fewSalesUnits, rate: 0.3 },
    ];
    expect(rankByRate(rows, (row) => row.rate).map(({ row, fewSales }) => [row.key, fewSales])).toEqual([
      ['Mendoza', false],
      ['Buenos Aires', false],
      ['Córdoba', false],
      ['Tierra del Fuego', true],
      ['Salta', true],
    ]);
  });
});
