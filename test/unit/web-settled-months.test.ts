import { describe, expect, it } from 'vitest';
import { kpiDefinitions } from '../../web/src/metrics/kpi-definitions.ts';
import { firstUnsettled, isSettled, settledOf } from '../../web/src/metrics/settled-months.ts';

// The trend of test/api/resolutions-settled.test.ts: January settled, February with all its
// requests but slow refunds still pending, March still collecting requests.
const months = [
  { month: '2025-01-01', mature: true, resolutionsSettled: true },
  { month: '2025-02-01', mature: true, resolutionsSettled: false },
  { month: '2025-03-01', mature: false, resolutionsSettled: false },
];

describe('which months a monthly series draws as final', () => {
  it('a series of requests from the first immature month, one of resolutions from the first unsettled one', () => {
    expect(months.map((m) => isSettled(m, 'requests'))).toEqual([true, true, false]);
    expect(months.map((m) => isSettled(m, 'resolutions'))).toEqual([true, false, false]);
    expect(firstUnsettled(months, 'requests')).toBe(2);
    expect(firstUnsettled(months, 'resolutions')).toBe(1);
    expect(firstUnsettled(months.slice(0, 1), 'resolutions')).toBe(1);
  });

  it('a month the trend lacks is final; one it has keeps both flags', () => {
    expect(settledOf(undefined)).toEqual({ mature: true, resolutionsSettled: true });
    expect(settledOf(months[1])).toEqual({ mature: true, resolutionsSettled: false });
  });

  it('the KPI sparklines of money given back, recovered and cycle time follow the resolutions, the rates the requests', () => {
    expect(Object.fromEntries(kpiDefinitions.map((kpi) => [kpi.id, kpi.settledBy]))).toEqual({
      returnRateUnits: 'requests',
      returnRateOrders: 'requests',
      returnRateValue: 'requests',
      refundedValue: 'resolutions',
      retainedValue: 'resolutions',
      recoveredValue: 'resolutions',
      netReturnCost: 'resolutions',
      cycleTime: 'resolutions',
    });
  });
});
