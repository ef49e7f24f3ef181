import type { Finding } from '../causes/use-causes.ts';
import { shiftMonth } from './review-month.ts';
import { direction } from './review-summary.ts';

export type NewOrGrowing =
  | { kind: 'new'; since: string }
  | { kind: 'growing'; rate: number; previousRate: number; previousPeriod: { from: string; to: string }; sameAge: boolean };

/**
 * Why a finding of the quarter ending with `month` (YYYY-MM) is in the review: new when its excess
 * started in the quarter and had not ended before the month, growing when the month's rate is above
 * the month before's by as much as the review shows (two equal figures are no growth). The server
 * counts the month before at the same age (`lastMonth.previous.returnsRequestedBy`), over the days it
 * gives (`previousPeriod`, named as counted): set against the whole month, an open month's returns
 * still to come would hide a rise.
 */
export function newOrGrowing(finding: Pick<Finding, 'timing' | 'lastMonth'>, month: string): NewOrGrowing | undefined {
  const quarterStart = `${shiftMonth(month, -2)}-01`;
  const { startMonth, endMonth } = finding.timing;
  if (endMonth && endMonth < `${month}-01`) return undefined;
  if (startMonth && startMonth >= quarterStart) return { kind: 'new', since: startMonth };
  const last = finding.lastMonth;
  if (!last || last.month !== `${month}-01` || last.rate === null || last.previous.rate === null) return undefined;
  if (direction(last.rate - last.previous.rate) !== 'up') return undefined;
  return { kind: 'growing', rate: last.rate, previousRate: last.previous.rate, previousPeriod: last.previous.period, sameAge: last.previous.returnsRequestedBy !== null };
}
