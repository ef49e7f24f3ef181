import { describe, expect, it } from 'vitest';
import { ordersBeginLater } from '../../web/src/features/dataset/orders-begin.ts';

describe('where the orders begin, when later than the data', () => {
  it('names the month of the first order when returns reach back before it', () => {
    // returns from 5 January, the first order on 14 February: comparisons begin in February
    expect(ordersBeginLater({ firstDate: '2025-01-05', firstOrderMonth: '2025-02-01' })).toBe('2025-02-01');
  });

  it('says nothing when the data begins in the month of its first order', () => {
    // the first order on 5 January: its month starts before the data's first date, and is the same month
    expect(ordersBeginLater({ firstDate: '2025-01-05', firstOrderMonth: '2025-01-01' })).toBeNull();
  });

  it('says nothing without orders, or without data', () => {
    expect(ordersBeginLater({ firstDate: '2025-01-05', firstOrderMonth: null })).toBeNull();
    expect(ordersBeginLater({ firstDate: null, firstOrderMonth: null })).toBeNull();
  });
});
