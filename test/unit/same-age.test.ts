import { describe, expect, it } from 'vitest';
import { lastTwoMonths } from '../../server/causes/month-on-month.ts';
import { yearEarlierPeriod } from '../../server/metrics/metric-filters.ts';
import { earlierAtSameAge } from '../../server/metrics/same-age.ts';

const clock = (dataEnd: string) => ({ dataEnd, asOf: dataEnd, basis: 'order' as const, windowDays: 30 });

describe('earlierAtSameAge: what the earlier period of a comparison is counted over', () => {
  it('cuts the earlier period at the same day when the current one runs past the data', () => {
    // 1 September → 1 October is 30 days: the data's end less 30 days is 15 September, 10:00
    expect(earlierAtSameAge({ from: '2026-10-01', to: '2026-10-31' }, { from: '2026-09-01', to: '2026-09-30' }, clock('2026-10-15T10:00:00'))).toEqual({
      period: { from: '2026-09-01', to: '2026-09-15' },
      returnsRequestedBy: '2026-09-15T10:00:00',
    });
  });

  it('does not cut the month before a whole month for the data\'s end, however many days each has', () => {
    // February is whole once the data reaches 2 March; 31 days from 1 January to 1 February. January
    // is longer, and its last days, as it stood on 30 January 10:00, are still collecting returns:
    // it ends after February's 28 days
    expect(earlierAtSameAge({ from: '2025-02-01', to: '2025-02-28' }, { from: '2025-01-01', to: '2025-01-31' }, clock('2025-03-02T10:00:00'))).toEqual({
      period: { from: '2025-01-01', to: '2025-01-28' },
      returnsRequestedBy: '2025-01-30T10:00:00',
    });
    // April ends on the data's last day: March is not cut for the data's end, only after April's 30 days
    expect(earlierAtSameAge({ from: '2025-04-01', to: '2025-04-30' }, { from: '2025-03-01', to: '2025-03-31' }, clock('2025-04-30T18:00:00')).period).toEqual({ from: '2025-03-01', to: '2025-03-30' });
    // a shorter month before stays whole: March (31 days) against February (28), data to 31 March
    expect(earlierAtSameAge({ from: '2025-03-01', to: '2025-03-31' }, { from: '2025-02-01', to: '2025-02-28' }, clock('2025-03-31T18:00:00')).period).toEqual({ from: '2025-02-01', to: '2025-02-28' });
  });

  it('on basis=order, ends a longer earlier period after as many days as the current one while its last days still collect returns', () => {
    // February against January with data to 1 March 10:00: January as it stood on 29 January 10:00
    // (1 March less the 31 days between the first days). Its orders of 29 January were just placed
    // then and those of 30–31 January not yet, where every February order is now 1 to 28 days old:
    // January ends on its 28th day.
    expect(earlierAtSameAge({ from: '2025-02-01', to: '2025-02-28' }, { from: '2025-01-01', to: '2025-01-31' }, clock('2025-03-01T10:00:00'))).toEqual({
      period: { from: '2025-01-01', to: '2025-01-28' },
      returnsRequestedBy: '2025-01-29T10:00:00',
    });
    // a year earlier across 29 February: 15 February–15 March 2025 (29 days) against 15 February–
    // 15 March 2024 (30 days, 366 days earlier), data to 20 March 2025 10:00: 2024 as it stood on
    // 19 March 10:00, ending on 14 March, the 29th day
    expect(earlierAtSameAge({ from: '2025-02-15', to: '2025-03-15' }, { from: '2024-02-15', to: '2024-03-15' }, clock('2025-03-20T10:00:00'))).toEqual({
      period: { from: '2024-02-15', to: '2024-03-14' },
      returnsRequestedBy: '2024-03-19T10:00:00',
    });
    // compare=year over a quarter: 1 January–31 March 2025 (90 days) against the same dates of 2024
    // (91 days, 366 days earlier), data to 31 March 2025 10:00: cut on 30 March 2024 10:00, the
    // 90th day of 2024 is 30 March
    expect(earlierAtSameAge({ from: '2025-01-01', to: '2025-03-31' }, yearEarlierPeriod({ from: '2025-01-01', to: '2025-03-31' }), clock('2025-03-31T10:00:00'))).toEqual({
      period: { from: '2024-01-01', to: '2024-03-30' },
      returnsRequestedBy: '2024-03-30T10:00:00',
    });
    // the monthly review's month a year earlier: February 2025 against February 2024 (29 days)
    expect(earlierAtSameAge({ from: '2025-02-01', to: '2025-02-28' }, { from: '2024-02-01', to: '2024-02-29' }, clock('2025-03-10T10:00:00')).period).toEqual({ from: '2024-02-01', to: '2024-02-28' });
    // a shorter year earlier (February 2024 against February 2023) stays whole
    expect(earlierAtSameAge({ from: '2024-02-01', to: '2024-02-29' }, { from: '2023-02-01', to: '2023-02-28' }, clock('2024-03-10T10:00:00')).period).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    // on basis=return every request of January is counted (its last days' shift): nothing is cut
    expect(earlierAtSameAge({ from: '2025-02-01', to: '2025-02-28' }, { from: '2025-01-01', to: '2025-01-31' }, { ...clock('2025-03-01T10:00:00'), basis: 'return' }).period).toEqual({ from: '2025-01-01', to: '2025-01-31' });
  });

  it('keeps settled months whole: once the longer earlier period\'s last day is past the window at its cut', () => {
    const february = { from: '2025-02-01', to: '2025-02-28' };
    const january = { from: '2025-01-01', to: '2025-01-31' };
    // 30-day window: 31 January's orders are past it from 3 March 00:00 (31 January + 31 days), and
    // January is cut 31 days before the data's end. Data to 30 June: cut on 30 May, whole
    expect(earlierAtSameAge(february, january, clock('2025-06-30T10:00:00'))).toEqual({ period: january, returnsRequestedBy: '2025-05-30T10:00:00' });
    // data to 3 April 10:00: cut on 3 March 10:00, just past 31 January's window: whole
    expect(earlierAtSameAge(february, january, clock('2025-04-03T10:00:00')).period).toEqual(january);
    // data to 2 April 10:00: February's own window closed on 31 March, but at January's cut, 2 March
    // 10:00, its orders of 31 January are a day short of theirs: January still ends on the 28th
    expect(earlierAtSameAge(february, january, clock('2025-04-02T10:00:00')).period).toEqual({ from: '2025-01-01', to: '2025-01-28' });
  });

  it('gives the earlier period whole when the current one begins after the data ends', () => {
    expect(earlierAtSameAge({ from: '2026-11-01', to: '2026-11-30' }, { from: '2026-10-01', to: '2026-10-31' }, clock('2026-10-15T10:00:00'))).toEqual({
      period: { from: '2026-10-01', to: '2026-10-31' },
      returnsRequestedBy: null,
    });
  });

  it('counts a closed period and a request period as they stood at the same age too', () => {
    // 1 December → 1 January is 31 days: a closed January's resolutions still to come, December's
    // had had since, so December is counted as it stood on 30 May
    expect(earlierAtSameAge({ from: '2025-01-01', to: '2025-01-31' }, { from: '2024-12-01', to: '2024-12-31' }, clock('2025-06-30T10:00:00')).returnsRequestedBy).toBe('2025-05-30T10:00:00');
    expect(earlierAtSameAge({ from: '2026-10-01', to: '2026-10-31' }, { from: '2026-09-01', to: '2026-09-30' }, { ...clock('2026-10-15T10:00:00'), basis: 'return' })).toEqual({
      period: { from: '2026-09-01', to: '2026-09-15' },
      returnsRequestedBy: '2026-09-15T10:00:00',
    });
  });

  it("on basis=return, sets a whole request period's last day beside the earlier one's, so that none of its requests is cut", () => {
    const byRequest = (dataEnd: string) => ({ ...clock(dataEnd), basis: 'return' as const });
    // February against January with data to 1 March 10:00: January's last day is 28 days before
    // February's (its first 31): January as it stood on 1 February 10:00, its requests all in. The
    // first days' shift put it at 29 January 10:00, without the requests of 29–31 January.
    expect(earlierAtSameAge({ from: '2025-02-01', to: '2025-02-28' }, { from: '2025-01-01', to: '2025-01-31' }, byRequest('2025-03-01T10:00:00'))).toEqual({
      period: { from: '2025-01-01', to: '2025-01-31' },
      returnsRequestedBy: '2025-02-01T10:00:00',
    });
    // the data ends on the last day: the earlier period's last day at the same hour
    expect(earlierAtSameAge({ from: '2025-03-01', to: '2025-03-31' }, { from: '2025-02-01', to: '2025-02-28' }, byRequest('2025-03-31T10:00:00')).returnsRequestedBy).toBe('2025-02-28T10:00:00');
    // a year earlier across 29 February: 29 February 2024 is 366 days after 28 February 2023
    expect(earlierAtSameAge({ from: '2024-02-01', to: '2024-02-29' }, { from: '2023-02-01', to: '2023-02-28' }, byRequest('2024-03-05T10:00:00')).returnsRequestedBy).toBe('2023-03-05T10:00:00');
    // periods of the same length: the same shift either way (31 days)
    expect(earlierAtSameAge({ from: '2025-03-01', to: '2025-03-31' }, { from: '2025-01-29', to: '2025-02-28' }, byRequest('2025-04-10T10:00:00')).returnsRequestedBy).toBe('2025-03-10T10:00:00');
    // on basis=order the days of the orders are aligned from the first: January at 29 January 10:00
    expect(earlierAtSameAge({ from: '2025-02-01', to: '2025-02-28' }, { from: '2025-01-01', to: '2025-01-31' }, clock('2025-03-01T10:00:00')).returnsRequestedBy).toBe('2025-01-29T10:00:00');
  });
});

describe("lastTwoMonths: the cause finder's last month and the month before it", () => {
  it('sets a whole last month against the whole month before, and a part month against the same days', () => {
    const months = ['2024-03-01', '2024-04-01'];
    expect(lastTwoMonths({ from: '2024-03-01', to: '2024-04-30' }, months)?.before).toEqual({ from: '2024-03-01', to: '2024-03-31' });
    expect(lastTwoMonths({ from: '2024-03-01', to: '2024-04-15' }, months)?.before).toEqual({ from: '2024-03-01', to: '2024-03-15' });
    expect(lastTwoMonths({ from: '2024-01-01', to: '2024-02-29' }, ['2024-01-01', '2024-02-01'])?.before).toEqual({ from: '2024-01-01', to: '2024-01-31' });
  });
});
