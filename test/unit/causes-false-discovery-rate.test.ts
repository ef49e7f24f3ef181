import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../server/causes/false-discovery-rate.ts';

describe('benjaminiHochberg', () => {
  it('adjusts a small set worked by hand, keeping the input order', () => {
    // sorted 0.01, 0.03, 0.04, 0.2 → × 4/1, 4/2, 4/3, 4/4 = 0.04, 0.06, 0.0533…, 0.2
    // then the running minimum from the largest down: 0.04, 0.0533…, 0.0533…, 0.2
    const q = benjaminiHochberg([0.04, 0.01, 0.2, 0.03]);
    expect(q[0]).toBeCloseTo(0.16 / 3, 14);
    expect(q[1]).toBeCloseTo(0.04, 14);
    expect(q[2]).toBeCloseTo(0.2, 14);
    expect(q[3]).toBeCloseTo(0.16 / 3, 14);
  });

  it('rejects the first four of the fifteen p-values in Benjamini & Hochberg (1995) at q = 0.05', () => {
    const p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1];
    const q = benjaminiHochberg(p);
    expect(q.map((value) => value <= 0.05)).toEqual(p.map((_, i) => i < 4));
  });

  it('never exceeds 1 and handles no tests', () => {
    expect(benjaminiHochberg([0.9, 0.95])).toEqual([0.95, 0.95]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});
