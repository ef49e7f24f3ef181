import { describe, expect, it } from 'vitest';
import { fewSalesUnits, rankByRate, stillCollectingMargin } from '../../web/src/features/return-rate/rank-by-rate.ts';

describe('rankByRate: a rate from a handful of sales ranks after the others', () => {
  it('puts 1 of 1 returned (100 %) after 9 of 41 (22 %), marked as few sales; nothing sold is left out', () => {
    const rows = [
      { key: 'Buenos Aires', unitsSold: 41, unitsSoldOpen: 0, rate: 9 / 41 },
      { key: 'Tierra del Fuego', unitsSold: 1, unitsSoldOpen: 0, rate: 1 },
      { key: 'Córdoba', unitsSold: 60, unitsSoldOpen: 0, rate: 6 / 60 },
      { key: 'Salta', unitsSold: fewSalesUnits - 1, unitsSoldOpen: 0, rate: 0.5 },
      { key: 'Jujuy', unitsSold: 0, unitsSoldOpen: 0, rate: null },
      { key: 'Mendoza', unitsSold: fewSalesUnits, unitsSoldOpen: 0, rate: 0.3 },
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

describe('rankByRate: a rate still collecting its returns ranks after the settled ones', () => {
  // The shown values sold 1,000 units, 250 of them in the months still collecting returns (25 %):
  // OCA 200 of its 200 (100 %, 75 points above), Andreani 25 of 500 (5 %), Correo 25 of 300 (8 %)
  const rows = [
    { key: 'Andreani', unitsSold: 500, unitsSoldOpen: 25, rate: 0.1 },
    { key: 'OCA', unitsSold: 200, unitsSoldOpen: 200, rate: 0.04 },
    { key: 'Correo', unitsSold: 300, unitsSoldOpen: 25, rate: 0.08 },
  ];
  it('puts OCA, all its sales still collecting returns, after the others, marked so', () => {
    expect(rankByRate(rows, (row) => row.rate).map(({ row, stillCollecting }) => [row.key, stillCollecting])).toEqual([
      ['Andreani', false],
      ['Correo', false],
      ['OCA', true],
    ]);
  });
  it(`marks a share ${stillCollectingMargin * 100} points or more above the shown values', and ranks the marked by rate`, () => {
    // X 40 of 100 in open months, Y none: 20 % of the shown; X is 20 points above, at the margin
    const atMargin = [
      { key: 'X', unitsSold: 100, unitsSoldOpen: 40, rate: 0.1 },
      { key: 'Y', unitsSold: 100, unitsSoldOpen: 0, rate: 0.05 },
    ];
    expect(rankByRate(atMargin, (row) => row.rate).map(({ row, stillCollecting }) => [row.key, stillCollecting])).toEqual([
      ['Y', false],
      ['X', true],
    ]);
    // Correo at 300 of its 300 too: (25 + 200 + 300) / 1,000 = 52.5 %, and OCA and Correo both 47.5
    // points above it; Andreani's 5 % is below
    const both = rows.map((row) => (row.key === 'Correo' ? { ...row, unitsSoldOpen: 300 } : row));
    expect(rankByRate(both, (row) => row.rate).map(({ row, stillCollecting }) => [row.key, stillCollecting])).toEqual([
      ['Andreani', false],
      ['Correo', true],
      ['OCA', true],
    ]);
  });
});
