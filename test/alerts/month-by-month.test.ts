import { describe, expect, it } from 'vitest';
import type { AlertRuleInput } from '../../server/alerts/alert-rules.ts';
import { findingSubject } from '../../server/alerts/rule-evaluators.ts';
import { alertsMonthByMonth } from './support/month-by-month.ts';

// A shop of 20,000 order lines over 2025 (test/causes/support/generated-shop.ts): January to March
// imported at once, then a month at a time, with the rules checked twice after each import. From July on, CAL-3 (about 70 lines a
// month) comes back 30 points more often than its category's 14 %, for "size too small".
const rules: AlertRuleInput[] = [
  { name: 'CAL-3', kind: 'above_baseline', segment: { sku: 'CAL-3' } },
  { name: 'nuevas', kind: 'new_finding' },
];
const cal3 = findingSubject({ dimension: 'sku', values: { sku: 'CAL-3' } });

describe('alerts on a shop whose SKU jumps in July, checked month by month', () => {
  it('each rule fires once, in July: not before, not again after, not on the second check of a month', async () => {
    const months = await alertsMonthByMonth({ seed: 7, lines: 20_000, causes: [{ where: { sku: 'CAL-3' }, extraRate: 0.3, reason: 'size_too_small', months: [7, 8, 9, 10, 11, 12] }] }, rules, {
      firstMonth: 3,
      checksPerMonth: 2,
    });
    const firings = months.flatMap(({ month, fired }) => fired.map((f) => ({ month, ...f })));
    expect(firings).toEqual([
      { month: 7, rule: 'CAL-3', subject: '' },
      { month: 7, rule: 'nuevas', subject: cal3 },
    ]);
    // judged on the data's own dates: the check after July's import is at July's last timestamp
    expect(months.find((m) => m.month === 7)!.asOf!.slice(0, 7)).toBe('2025-07');
  }, 120_000);

  it('each month’s orders imported and checked before its returns: still one firing per rule, in July', async () => {
    // an orders-only import moves the data's end a month past the returns: a check judged there
    // would read the new month's orders with none of their returns back, see the jump gone, close
    // the episode, and fire it again once the returns came
    const jump = { seed: 7, lines: 20_000, causes: [{ where: { sku: 'CAL-3' }, extraRate: 0.3, reason: 'size_too_small' as const, months: [7, 8, 9, 10, 11, 12] }] };
    const months = await alertsMonthByMonth(jump, rules, { firstMonth: 3, ordersBeforeReturns: true });
    expect(months.flatMap(({ month, fired }) => fired.map((f) => ({ month, ...f })))).toEqual([
      { month: 7, rule: 'CAL-3', subject: '' },
      { month: 7, rule: 'nuevas', subject: cal3 },
    ]);
  }, 180_000);

  it('the same shop without the jump: nothing fires in twelve months', async () => {
    const months = await alertsMonthByMonth({ seed: 7, lines: 20_000 }, rules, { firstMonth: 3 });
    expect(months.flatMap((m) => m.fired)).toEqual([]);
  }, 120_000);
});
