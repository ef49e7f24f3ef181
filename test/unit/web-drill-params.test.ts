import { describe, expect, it } from 'vitest';
import { drillDownSearch, monthTarget, monthWithinPeriod, readNarrowing, readView } from '../../web/src/features/drill-down/drill-params.ts';
import { filterParamsOnly, readComparison, withFilterChanges } from '../../web/src/features/filters/filter-params.ts';

describe('drill-down links', () => {
  it('keep the view\'s filters, add what was clicked, and drop the page\'s own parameters', () => {
    const current = new URLSearchParams('from=2025-01-01&to=2025-06-30&category=Calzado&measure=value&page=3&compare=year');
    const search = drillDownSearch(current, { view: 'returns', filters: { reason: 'size_too_small' }, narrowing: { resolution: 'refund' } });
    expect(Object.fromEntries(new URLSearchParams(search))).toEqual({
      from: '2025-01-01',
      to: '2025-06-30',
      category: 'Calzado',
      compare: 'year',
      reason: 'size_too_small',
      resolution: 'refund',
    });
  });

  it('a click can clear a filter, and order lines are named in the URL', () => {
    const search = drillDownSearch(new URLSearchParams('category=Calzado&region=CABA'), {
      view: 'orderLines',
      filters: { category: null },
    });
    expect(search).toBe('region=CABA&view=orderLines');
    expect(readView(new URLSearchParams(search))).toBe('orderLines');
    expect(readView(new URLSearchParams('view=nonsense'))).toBe('returns');
  });

  it('reads only the narrowing it knows', () => {
    expect(readNarrowing(new URLSearchParams('open=true&customer=ana&sort=amount&evil=1'))).toEqual({ open: 'true', customer: 'ana' });
  });

  it.each([
    ['a whole month inside the period', '2025-02-01', '2025-01-01', '2025-06-30', '2025-02-01', '2025-02-28'],
    ['a leap February', '2024-02-01', '2024-01-01', '2024-12-31', '2024-02-01', '2024-02-29'],
    ['the first month, cut by the period', '2025-01-01', '2025-01-15', '2025-06-30', '2025-01-15', '2025-01-31'],
    ['the last month, cut by the period', '2025-06-01', '2025-01-01', '2025-06-10', '2025-06-01', '2025-06-10'],
    ['December', '2024-12-01', '2024-01-01', '2025-12-31', '2024-12-01', '2024-12-31'],
  ])('a month point opens %s', (_case, month, from, to, expectedFrom, expectedTo) => {
    expect(monthWithinPeriod(month, { from, to })).toEqual({ from: expectedFrom, to: expectedTo });
  });

  it('a month target is the returns of that month', () => {
    expect(monthTarget({ from: '2025-01-01', to: '2025-12-31' }, '2025-03-01', { preventable: 'true' })).toEqual({
      view: 'returns',
      filters: { from: '2025-03-01', to: '2025-03-31' },
      narrowing: { preventable: 'true' },
    });
  });
});

describe('the comparison in the URL', () => {
  it('defaults to the previous period and leaves it out of links', () => {
    expect(readComparison(new URLSearchParams(''))).toBe('previous');
    expect(readComparison(new URLSearchParams('compare=year'))).toBe('year');
    expect(readComparison(new URLSearchParams('compare=decade'))).toBe('previous');
    expect(withFilterChanges(new URLSearchParams('compare=year'), { compare: 'previous' }).toString()).toBe('');
  });

  it('moving to another page carries the filters, not the page\'s own choices', () => {
    const params = new URLSearchParams('from=2025-01-01&to=2025-03-31&basis=return&compare=year&carrier=OCA&measure=value&q=zap&page=2');
    expect(filterParamsOnly(params).toString()).toBe('from=2025-01-01&to=2025-03-31&basis=return&compare=year&carrier=OCA');
  });
});
