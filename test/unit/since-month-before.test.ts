import { describe, expect, it } from 'vitest';
import { sinceMonthBefore } from '../../server/alerts/alert-window.ts';

// The days a nowcast rule looks at before calling its segment gone: the month before the data's
// latest day's, and that month up to it (server/alerts/rule-evaluators.ts, nowcast).
describe('sinceMonthBefore', () => {
  it.each([
    ['2025-12-31', '2025-11-01'],
    ['2025-03-01', '2025-02-01'],
    // across a year
    ['2026-01-15', '2025-12-01'],
  ])('%s: from %s', (lastDate, from) => {
    expect(sinceMonthBefore(lastDate)).toEqual({ from, to: lastDate });
  });
});
