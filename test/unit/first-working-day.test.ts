import { describe, expect, it } from 'vitest';
import { calendarMonth, firstWorkingDay, localCalendarDay } from '../../server/report/first-working-day.ts';

// When the monthly review goes out: the first Monday-to-Friday day of the month. The weekday each
// month starts on is from a printed calendar.

describe('the first working day of a month', () => {
  it.each([
    // month,     starts on,   first working day
    [2026, 8, 'Saturday', 3], // Sat 1, Sun 2, Mon 3
    [2027, 5, 'Saturday', 3],
    [2026, 3, 'Sunday', 2], // Sun 1, Mon 2
    [2026, 11, 'Sunday', 2],
    [2026, 6, 'Monday', 1],
    [2026, 9, 'Tuesday', 1],
    [2026, 10, 'Thursday', 1],
    [2027, 1, 'Friday', 1],
    [2024, 2, 'Thursday', 1], // a leap year's February
  ])('%i-%i starts on a %s: the review goes out on day %i', (year, month, _weekday, day) => {
    expect(firstWorkingDay(year, month)).toBe(day);
  });
});

describe('the calendar day the server is on', () => {
  it('is read in the local time zone, and names its month as YYYY-MM', () => {
    // a local time built from its parts reads back the same parts, whatever the zone
    const day = localCalendarDay(new Date(2026, 0, 5, 0, 30));
    expect(day).toEqual({ year: 2026, month: 1, day: 5 });
    expect(calendarMonth(day)).toBe('2026-01');
  });
});
