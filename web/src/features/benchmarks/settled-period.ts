import type { Filters } from '../filters/filter-params.ts';
import { firstUnsettled, type SettledBy, type SettlingMonth } from '../../metrics/settled-months.ts';
import { monthPeriod } from '../monthly-review/review-month.ts';

/**
 * The part of the chosen period whose months are settled for the figure: a published rate counts
 * a whole year's returns; set against months still collecting theirs (or, for retention, still
 * resolving them: a pending return is neither kept nor refunded yet), the shop would look other
 * than it is. It ends before the first month not settled, so no unsettled month is inside it. On
 * basis=return nothing is still to be requested for the period's returns, so for a rate it stands
 * as chosen. Null when the period's first month is not settled yet.
 */
export function settledPart(filters: Filters, months: readonly (SettlingMonth & { month: string })[], settledBy: SettledBy = 'requests'): Filters | null {
  if (filters.basis !== 'order' && settledBy === 'requests') return filters;
  const lastClosed = months[firstUnsettled(months, settledBy) - 1];
  if (!lastClosed) return null;
  const end = monthPeriod(lastClosed.month.slice(0, 7)).to;
  return end < filters.to ? { ...filters, to: end } : filters;
}
