// The monthly review covers one calendar month, chosen in the URL as YYYY-MM. Months are those of
// the data, never of the wall clock: an export taken last March reviews March.
import { dataBeginsMonth } from '../dataset/orders-begin.ts';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isReviewMonth(value: string | null | undefined): value is string {
  return !!value && monthPattern.test(value);
}

function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
}

/** Shifts a YYYY-MM month by whole months. */
export function shiftMonth(month: string, by: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1 + by, 1)).toISOString().slice(0, 7);
}

/** The month as a period for the API: its first to its last day. */
export function monthPeriod(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: lastDayOf(month) };
}

/** Whether the data reaches a month (YYYY-MM), beginning where comparisons do (dataBeginsMonth). */
export function monthInData(month: string, data: { firstDate: string; firstOrderMonth: string | null }): boolean {
  return month >= dataBeginsMonth(data)!;
}

/** Every month the data touches, newest first. */
export function reviewMonths(bounds: { firstDate: string; lastDate: string }): string[] {
  const months: string[] = [];
  for (let month = bounds.lastDate.slice(0, 7); month >= bounds.firstDate.slice(0, 7); month = shiftMonth(month, -1)) months.push(month);
  return months;
}

/**
 * The month a manager reviews by default: the newest complete one, whose return window has closed
 * (`completeMonths`, YYYY-MM, from the trend's maturity), so that its figures are final. Until
 * that is known, or when no month is complete yet: the data's last month when the data reaches
 * its last day, otherwise the month before (a half-month would look like a collapse in sales).
 */
export function defaultReviewMonth(bounds: { firstDate: string; lastDate: string }, completeMonths: readonly string[] = []): string {
  const newestComplete = [...completeMonths].sort().at(-1);
  if (newestComplete) return newestComplete;
  const lastMonth = bounds.lastDate.slice(0, 7);
  if (bounds.lastDate === lastDayOf(lastMonth)) return lastMonth;
  const previous = shiftMonth(lastMonth, -1);
  return previous >= bounds.firstDate.slice(0, 7) ? previous : lastMonth;
}
