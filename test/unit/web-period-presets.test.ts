import { describe, expect, it } from 'vitest';
import { presetOf, presetPeriod, type PeriodPreset } from '../../web/src/features/filters/period-presets.ts';

// Worked out by hand from the data's own dates, never from today's date.
const bounds = { firstDate: '2023-11-03', lastDate: '2025-10-17' };

describe('period presets', () => {
  const cases: [PeriodPreset, string, string][] = [
    ['lastMonth', '2025-10-01', '2025-10-17'],
    ['last3Months', '2025-08-01', '2025-10-17'],
    ['last12Months', '2024-11-01', '2025-10-17'],
    ['yearToDate', '2025-01-01', '2025-10-17'],
    ['all', '2023-11-03', '2025-10-17'],
  ];
  it.each(cases)('%s is %s to %s', (preset, from, to) => {
    expect(presetPeriod(preset, bounds)).toEqual({ from, to });
    expect(presetOf({ from, to }, bounds)).toBe(preset);
  });

  it('crosses a year boundary counting months back', () => {
    expect(presetPeriod('last3Months', { firstDate: '2023-01-01', lastDate: '2025-02-28' })).toEqual({
      from: '2024-12-01',
      to: '2025-02-28',
    });
  });

  it('calls any other range custom', () => {
    expect(presetOf({ from: '2025-03-01', to: '2025-03-31' }, bounds)).toBe('custom');
  });
});

describe('presets on data shorter than the preset', () => {
  it('start where the data starts', () => {
    const short = { firstDate: '2026-03-01', lastDate: '2026-04-26' };
    expect(presetPeriod('last12Months', short)).toEqual({ from: '2026-03-01', to: '2026-04-26' });
    expect(presetPeriod('yearToDate', short)).toEqual({ from: '2026-03-01', to: '2026-04-26' });
    expect(presetPeriod('lastMonth', short)).toEqual({ from: '2026-04-01', to: '2026-04-26' });
  });
});
