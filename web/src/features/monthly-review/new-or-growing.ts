import type { Finding } from '../causes/use-causes.ts';
import { shiftMonth } from './review-month.ts';

export type NewOrGrowing =
  | { kind: 'new'; since: string }
  | { kind: 'growing'; rate: number; previousRate: number; previousMonth: string; sameAge: boolean };

/**
 * Why a finding of the quarter ending with `month` (YYYY-MM) is in the review: new when its excess
 * started in the quarter, growing when the month's rate is above the month before's. The server
 * counts the month before at the same age while the month still collects returns
 * (`lastMonth.previous.returnsRequestedBy`): set against the whole month, an open month's returns
 * still to come would hide a rise.
 */
export function newOrGrowing(finding: Pick<Finding, 'timing' | 'lastMonth'>, month: string): NewOrGrowing | undefined {
  const quarterStart = `${shiftMonth(month, -2)}-01`;
  if (finding.timing.startMonth && finding.timing.startMonth >= quarterStart) return { kind: 'new', since: finding.timing.startMonth };
  const last = finding.lastMonth;
  if (!last || last.month !== `${month}-01` || last.rate === null || last.previous.rate === null) return undefined;
  if (last.rate <= last.previous.rate) return undefined;
  return { kind: 'growing', rate: last.rate, previousRate: last.previous.rate, previousMonth: last.previous.month, sameAge: last.previous.returnsRequestedBy !== null };
}
