import { describe, expect, it } from 'vitest';
import { settledPart } from '../../web/src/features/benchmarks/settled-period.ts';

/** `closed` months with all their requests, then `open` ones; the first `resolved` of them (all the closed, unless said) with all their resolutions too. */
const months = (closed: number, open: number, resolved = closed) => {
  const all = ['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01'].slice(0, closed + open);
  return all.map((month, i) => ({ month, mature: i < closed, resolutionsSettled: i < resolved }));
};

describe('the part of a period an outside benchmark is set against', () => {
  it('ends at the last day of the last month whose return window has closed', () => {
    const filters = { from: '2025-11-10', to: '2026-03-20', basis: 'order' as const, category: 'Calzado' };
    // November to January closed, February and March still collecting: ends on 31 January
    expect(settledPart(filters, months(3, 2))).toEqual({ ...filters, to: '2026-01-31' });
    // February of 2026 has 28 days
    expect(settledPart(filters, months(4, 1))?.to).toBe('2026-02-28');
  });

  it('keeps the period when every month has closed, and when it ends inside its last month', () => {
    const whole = { from: '2025-11-01', to: '2026-03-31', basis: 'order' as const };
    expect(settledPart(whole, months(5, 0))).toBe(whole);
    const midMonth = { from: '2025-11-01', to: '2026-03-15', basis: 'order' as const };
    expect(settledPart(midMonth, months(5, 0))).toBe(midMonth);
  });

  it('has nothing to show when no month has closed, and counts a return-date period as chosen', () => {
    expect(settledPart({ from: '2026-02-01', to: '2026-03-20', basis: 'order' }, months(0, 2))).toBeNull();
    const byReturn = { from: '2026-02-01', to: '2026-03-20', basis: 'return' as const };
    expect(settledPart(byReturn, months(0, 2))).toBe(byReturn);
  });

  it('for retention, ends before the first month whose returns are still being resolved, on either basis', () => {
    const filters = { from: '2025-11-10', to: '2026-03-20', basis: 'order' as const };
    // November to January have all their requests, only November and December all their resolutions
    expect(settledPart(filters, months(3, 2, 2), 'resolutions')).toEqual({ ...filters, to: '2025-12-31' });
    // the return rate still reaches January
    expect(settledPart(filters, months(3, 2, 2), 'requests')?.to).toBe('2026-01-31');
    const byReturn = { from: '2025-11-01', to: '2026-03-20', basis: 'return' as const };
    expect(settledPart(byReturn, months(5, 0, 4), 'resolutions')).toEqual({ ...byReturn, to: '2026-02-28' });
    // a month still resolving before a settled one ends the part there: none is left inside it
    const unsettledFirst = months(3, 0, 3).map((row, i) => ({ ...row, resolutionsSettled: i !== 0 }));
    expect(settledPart(filters, unsettledFirst, 'resolutions')).toBeNull();
  });
});
