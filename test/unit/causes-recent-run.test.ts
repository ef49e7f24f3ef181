import { describe, expect, it } from 'vitest';
import { excessRun } from '../../server/causes/recent-run.ts';

const month = (i: number) => `2025-${String(i).padStart(2, '0')}-01`;
/** Twelve months with `expected` lines each and what `observed(i)` says came back in month i (1–12). */
const series = (expected: number, observed: (i: number) => number) =>
  Array.from({ length: 12 }, (_, k) => ({ month: month(k + 1), observed: observed(k + 1), expected }));

describe('excessRun', () => {
  it('a problem present all year has no start and no end', () => {
    expect(excessRun(series(20, () => 40))).toEqual({ startMonth: null, endMonth: null });
  });

  it('a problem that began in August starts in August and is still going', () => {
    expect(excessRun(series(20, (i) => (i >= 8 ? 60 : 20)))).toEqual({ startMonth: month(8), endMonth: null });
  });

  it('a wave from April to June starts in April and ends in June', () => {
    expect(excessRun(series(20, (i) => (i >= 4 && i <= 6 ? 60 : 20)))).toEqual({ startMonth: month(4), endMonth: month(6) });
  });

  it('a problem in one month only is that month, start and end', () => {
    expect(excessRun(series(20, (i) => (i === 5 ? 80 : 20)))).toEqual({ startMonth: month(5), endMonth: month(5) });
  });

  it('at millions of lines a drift from 1.10× to 1.15× is significant but no start', () => {
    expect(excessRun(series(100_000, (i) => (i >= 8 ? 115_000 : 110_000)))).toEqual({ startMonth: null, endMonth: null });
  });

  it('months without a comparison are skipped, and too short a series says nothing', () => {
    const gappy = series(20, (i) => (i >= 8 ? 60 : 20)).map((m, k) => (k === 2 ? { ...m, expected: null } : m));
    expect(excessRun(gappy).startMonth).toBe(month(8));
    expect(excessRun(series(20, () => 60).slice(0, 2))).toEqual({ startMonth: null, endMonth: null });
  });
});
