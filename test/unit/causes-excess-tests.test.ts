import { describe, expect, it } from 'vitest';
import { binomialUpperTail, poissonUpperTail, ratioExcessTest, stratifiedExcessTest } from '../../server/causes/excess-tests.ts';

const count = (lines: number, returned: number) => ({ lines, returned });

describe('binomialUpperTail', () => {
  it('matches tails summed by hand', () => {
    // P(X ≥ 8 | 10, ½) = (C(10,8) + C(10,9) + C(10,10)) / 2¹⁰ = (45 + 10 + 1) / 1024
    expect(binomialUpperTail(8, 10, 0.5)).toBeCloseTo(56 / 1024, 14);
    // P(X ≥ 3 | 5, 0.2) = 10·0.2³·0.8² + 5·0.2⁴·0.8 + 0.2⁵ = 0.0512 + 0.0064 + 0.00032
    expect(binomialUpperTail(3, 5, 0.2)).toBeCloseTo(0.05792, 14);
    // below the mean the tail is 1 − the lower tail: P(X ≥ 1 | 5, 0.2) = 1 − 0.8⁵
    expect(binomialUpperTail(1, 5, 0.2)).toBeCloseTo(1 - 0.8 ** 5, 14);
  });

  it('handles the edges: nothing to exceed, more than possible, certain and impossible draws', () => {
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    expect(binomialUpperTail(10, 10, 0.3)).toBeCloseTo(0.3 ** 10, 18);
    expect(binomialUpperTail(1, 10, 0)).toBe(0);
    expect(binomialUpperTail(10, 10, 1)).toBe(1);
  });

  it('keeps a far tail at its size instead of rounding it to 0, and agrees with the normal curve near the middle', () => {
    // P(X = 200 | 200, ½) = 2⁻²⁰⁰
    expect(binomialUpperTail(200, 200, 0.5) / 2 ** -200).toBeCloseTo(1, 10);
    // n = 10⁶, p = 0.1: sd = 300; 600 above the mean is z ≈ 2 (one-sided 0.0228 by the normal
    // table; the exact binomial tail, slightly skewed right, is a little larger).
    const p = binomialUpperTail(100_600, 1_000_000, 0.1);
    expect(p).toBeGreaterThan(0.0228);
    expect(p).toBeLessThan(0.0245);
  });
});

describe('stratifiedExcessTest', () => {
  it('one stratum: given 12 returns over equal exposure, 10 or more on the suspect has p = P(Bin(12, ½) ≥ 10)', () => {
    const { p, minimumP } = stratifiedExcessTest([{ suspect: count(100, 10), rest: count(100, 2) }]);
    // (C(12,10) + C(12,11) + C(12,12)) / 2¹² = (66 + 12 + 1) / 4096
    expect(p).toBeCloseTo(79 / 4096, 14);
    expect(minimumP).toBeCloseTo(0.5 ** 12, 18);
  });

  it('several strata: the expected count sums each stratum’s share of its own returns', () => {
    // stratum A: suspect has 1/4 of the lines and A has 8 returns → expects 2 (has 4)
    // stratum B: suspect has 1/2 of the lines and B has 4 returns → expects 2 (has 2)
    // 6 of 12 returns on the suspect where 4 were expected: P(Bin(12, 1/3) ≥ 6)
    const { p } = stratifiedExcessTest([
      { suspect: count(50, 4), rest: count(150, 4) },
      { suspect: count(40, 2), rest: count(40, 2) },
    ]);
    let tail = 0;
    const choose = (n: number, k: number): number => (k === 0 ? 1 : (choose(n, k - 1) * (n - k + 1)) / k);
    for (let k = 6; k <= 12; k++) tail += choose(12, k) * (1 / 3) ** k * (2 / 3) ** (12 - k);
    expect(p).toBeCloseTo(tail, 14);
  });

  it('a suspect below its comparison, or with nothing returned anywhere, is no evidence', () => {
    expect(stratifiedExcessTest([{ suspect: count(100, 1), rest: count(100, 9) }]).p).toBeGreaterThan(0.99);
    expect(stratifiedExcessTest([{ suspect: count(100, 0), rest: count(100, 0) }])).toEqual({ p: 1, minimumP: 1 });
  });
});

describe('ratioExcessTest', () => {
  it('given 9 returns where 3 were expected here and 3 elsewhere, 7 or more here has p = P(Bin(9, ½) ≥ 7)', () => {
    const { p, minimumP } = ratioExcessTest({ observed: 7, expected: 3 }, { observed: 2, expected: 3 });
    // (C(9,7) + C(9,8) + C(9,9)) / 2⁹ = (36 + 9 + 1) / 512
    expect(p).toBeCloseTo(46 / 512, 14);
    expect(minimumP).toBeCloseTo(0.5 ** 9, 18);
  });

  it('nothing expected on one side is no evidence', () => {
    expect(ratioExcessTest({ observed: 5, expected: 0 }, { observed: 2, expected: 3 })).toEqual({ p: 1, minimumP: 1 });
  });
});

describe('poissonUpperTail', () => {
  it('matches a tail summed by hand and keeps a far tail at its size', () => {
    // P(X ≥ 2 | mean 1) = 1 − e⁻¹ − e⁻¹
    expect(poissonUpperTail(2, 1)).toBeCloseTo(1 - 2 / Math.E, 14);
    // P(X ≥ 50 | mean 1) ≈ e⁻¹ / 50! (the later terms add about 2 %)
    const first = Math.exp(-1) / [...Array(50).keys()].reduce((f, k) => f * (k + 1), 1);
    expect(poissonUpperTail(50, 1) / first).toBeCloseTo(1 + 1 / 51 + 1 / (51 * 52), 3);
    expect(poissonUpperTail(0, 3)).toBe(1);
  });
});
