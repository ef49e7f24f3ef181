import type { Filters } from '../filters/filter-params.ts';
import { monthPeriod } from '../monthly-review/review-month.ts';

/**
 * The part of the chosen period whose months have closed their return window. A published rate
 * counts a whole year's returns; set against months still collecting theirs, the shop would look
 * better than it is. On basis=return nothing is still to come for the period's returns, so it
 * stands as chosen. Null when no month of the period has closed yet.
 */
export function settledPart(filters: Filters, months: readonly { month: string; mature: boolean }[]): Filters | null {
  if (filters.basis !== 'order') return filters;
  // months come oldest first, and a month closes after every earlier one
  const lastClosed = months.filter((row) => row.mature).at(-1);
  if (!lastClosed) return null;
  const end = monthPeriod(lastClosed.month.slice(0, 7)).to;
  return end < filters.to ? { ...filters, to: end } : filters;
}
