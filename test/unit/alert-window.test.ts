import { describe, expect, it } from 'vitest';
import { judgedAt } from '../../server/metrics/data-ends.ts';

describe('judgedAt: a check never judges beyond what orders and returns both cover', () => {
  const ends = { ordersEnd: '2025-12-31T10:00:00', returnsEnd: '2025-11-30T18:00:00' };

  it('orders imported after the returns, a month ahead: at the returns’ end, and the returns lag', () => {
    expect(judgedAt({ ...ends, lastOrdersImport: 3, lastReturnsImport: 2 })).toEqual({ lastTimestamp: '2025-11-30T18:00:00', returnsLag: true });
  });

  it('returns imported with or after the orders: quiet returns are no lag, the data’s latest timestamp', () => {
    expect(judgedAt({ ...ends, lastOrdersImport: 2, lastReturnsImport: 3 })).toEqual({ lastTimestamp: '2025-12-31T10:00:00', returnsLag: false });
    expect(judgedAt({ ...ends, lastOrdersImport: 4, lastReturnsImport: 4 })).toEqual({ lastTimestamp: '2025-12-31T10:00:00', returnsLag: false });
  });

  it('a day’s last return a few hours before its last order is no lag', () => {
    expect(judgedAt({ ordersEnd: '2025-12-31T10:00:00', returnsEnd: '2025-12-30T18:00:00', lastOrdersImport: 3, lastReturnsImport: 2 })).toEqual({ lastTimestamp: '2025-12-31T10:00:00', returnsLag: false });
  });

  it('one table empty: the other’s end; both empty: nothing to judge', () => {
    expect(judgedAt({ ordersEnd: '2025-12-31T10:00:00', returnsEnd: null, lastOrdersImport: 1, lastReturnsImport: null })).toEqual({ lastTimestamp: '2025-12-31T10:00:00', returnsLag: false });
    expect(judgedAt({ ordersEnd: null, returnsEnd: null, lastOrdersImport: null, lastReturnsImport: null })).toBeNull();
  });
});
