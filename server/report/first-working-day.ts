// When the monthly review goes out: on the first working day of the month, Monday to Friday, on
// the server's own calendar. Public holidays are not known to Inversa: a month that starts on a
// holiday sends on it.

/** A calendar day of the server's local calendar. */
export interface CalendarDay {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

/** The day `at` falls on in the server's time zone: the manager's morning, not UTC's. */
export function localCalendarDay(at: Date): CalendarDay {
  return { year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate() };
}

/** The weekday of a calendar day, 0 = Sunday … 6 = Saturday: a property of the date alone, whatever the time zone. */
function weekday({ year, month, day }: CalendarDay): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The day of the month (1–3) of a month's first Monday-to-Friday day. */
export function firstWorkingDay(year: number, month: number): number {
  let day = 1;
  while ([0, 6].includes(weekday({ year, month, day }))) day++;
  return day;
}

/** YYYY-MM of a calendar day: the month a sending belongs to. */
export function calendarMonth({ year, month }: CalendarDay): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
