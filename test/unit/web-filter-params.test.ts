import { describe, expect, it } from 'vitest';
import { narrowsTheData, readFilters, withFilterChanges } from '../../web/src/features/filters/filter-params.ts';

const bounds = { firstDate: '2023-11-01', lastDate: '2025-10-31' };
const lastTwelveMonths = { from: '2024-11-01', to: '2025-10-31' };

describe('filters in the URL', () => {
  it('defaults to the last 12 months of data, by order date', () => {
    expect(readFilters(new URLSearchParams(''), bounds)).toEqual({ ...lastTwelveMonths, basis: 'order' });
  });

  it('reads the period, basis and dimensions it is given', () => {
    const params = new URLSearchParams('from=2025-01-01&to=2025-03-31&basis=return&category=Calzado&sku=ZAP-01-38');
    expect(readFilters(params, bounds)).toEqual({
      from: '2025-01-01',
      to: '2025-03-31',
      basis: 'return',
      category: 'Calzado',
      sku: 'ZAP-01-38',
    });
  });

  it.each([
    ['a malformed date', 'from=2025-13-01&to=2025-03-31'],
    ['a reversed period', 'from=2025-04-01&to=2025-03-31'],
    ['half a period', 'from=2025-01-01'],
  ])('falls back to the default period on %s', (_case, query) => {
    expect(readFilters(new URLSearchParams(query), bounds)).toMatchObject(lastTwelveMonths);
  });

  it('keeps a canonical reason and drops an unknown one', () => {
    expect(readFilters(new URLSearchParams('reason=defective'), bounds).reason).toBe('defective');
    expect(readFilters(new URLSearchParams('reason=Defectuoso'), bounds).reason).toBeUndefined();
  });

  // Returns imported without their orders (test/fixtures/small-shop/returns.csv alone): no return
  // links to an order placed in any period, so by order date every figure would be 0 returns and
  // 0 refunded, read as measured; by request date the same 8 returns give their refunds and times.
  it('counts by return date when the data has no orders, whatever the URL says', () => {
    expect(readFilters(new URLSearchParams(''), bounds, { hasOrders: false }).basis).toBe('return');
    expect(readFilters(new URLSearchParams('basis=order'), bounds, { hasOrders: false }).basis).toBe('return');
    expect(readFilters(new URLSearchParams('basis=order'), bounds, { hasOrders: true }).basis).toBe('order');
  });

  it('ignores an unknown basis', () => {
    expect(readFilters(new URLSearchParams('basis=shipment'), bounds).basis).toBe('order');
  });

  it('sets and removes parameters, leaving the default basis implied', () => {
    const start = new URLSearchParams('category=Calzado&basis=return&lang=en');
    const next = withFilterChanges(start, { category: null, region: 'Córdoba', basis: 'order' });
    expect(next.toString()).toBe('lang=en&region=C%C3%B3rdoba');
  });

  it.each([
    ['the whole range, by order or by return', 'from=2023-11-01&to=2025-10-31&basis=return', false],
    ['a later start', 'from=2023-12-01&to=2025-10-31', true],
    ['an earlier end', 'from=2023-11-01&to=2025-09-30', true],
    ['a dimension over the whole range', 'from=2023-11-01&to=2025-10-31&channel=web', true],
  ])('knows when the filters leave part of the data out (%s): only then can clearing them help', (_case, query, narrows) => {
    expect(narrowsTheData(readFilters(new URLSearchParams(query), bounds), bounds)).toBe(narrows);
  });
});
