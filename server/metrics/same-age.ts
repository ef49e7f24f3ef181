// A comparison sets a period against an earlier one. When the current period is still open, the
// earlier is counted at the same age. Shared by the server's compare routes, the cause finder's
// month on month and the monthly review, which asks for each month itself (docs/metrics.md,
// "Comparing periods").

const dayMs = 86_400_000;

interface Period {
  from: string;
  to: string;
}

/** What a comparison is judged against. Timestamps are `YYYY-MM-DDTHH:MM:SS`, wall clock; dates `YYYY-MM-DD`. */
export interface ComparisonClock {
  /** The data's latest timestamp: nothing was ordered or asked for after it. */
  dataEnd: string;
  /** The moment the current period is counted at: the data's end, or an earlier `requestedBy`. */
  asOf: string;
  basis: 'order' | 'return';
  /** The return window a period stays open for: the policy's or the learnt one, whichever is longer. */
  windowDays: number;
}

export interface EarlierAtSameAge {
  /** The earlier period as counted: cut short when the current one runs past the data's end. */
  period: Period;
  /** Only the returns requested by then are counted; null when the earlier period is counted whole. */
  returnsRequestedBy: string | null;
}

/** Whether a period begins after the data's last day (a date or a timestamp), so that it holds nothing; never while there is no data. */
export function beginsAfterData(period: Period, dataEnd: string | null): boolean {
  return dataEnd !== null && period.from > dataEnd.slice(0, 10);
}

/** A timestamp less the shift between the two periods' first days. */
function shifted(timestamp: string, current: Period, earlier: Period): string {
  const shiftMs = Date.parse(`${current.from}T00:00:00Z`) - Date.parse(`${earlier.from}T00:00:00Z`);
  return new Date(Date.parse(`${timestamp}Z`) - shiftMs).toISOString().slice(0, 19);
}

/**
 * Whether a period still collects returns on basis=order: its last day plus the return window is
 * after `asOf`. A request period is complete once it has passed.
 */
export function collectsReturns(period: Period, { basis, windowDays, asOf }: ComparisonClock): boolean {
  return basis === 'order' && Date.parse(`${period.to}T00:00:00Z`) + (windowDays + 1) * dayMs > Date.parse(`${asOf}Z`);
}

/**
 * The earlier period as it is set beside the current one, at the same age:
 * - when the current period runs past the data's end, it holds no orders (or requests) after it, so
 *   the earlier one ends on the day of the data's end less the shift: October 1–31 with data to
 *   15 October sets against 31 August–14 September, not against all of September;
 * - on basis=order, while the current period still collects returns, only the earlier period's
 *   returns requested by `asOf` less the shift are counted: the current one's returns still to come
 *   would otherwise read as a fall. A request period is complete once it has passed;
 * - a current period counted at a moment before the data's end (`requestedBy`, or the returns'
 *   end while they lag) has nothing after it, not even a resolution: the earlier one is counted at
 *   that moment less the shift too, on either basis.
 */
export function earlierAtSameAge(current: Period, earlier: Period, clock: ComparisonClock): EarlierAtSameAge {
  // a current period that begins after the data ends holds nothing to set against (no change is
  // computed, `afterData`): its earlier period is given whole
  if (beginsAfterData(current, clock.dataEnd)) return { period: earlier, returnsRequestedBy: null };
  // only a current period the data ends within is cut short: a whole month keeps the whole month
  // before, however many days each has
  const runsPast = clock.dataEnd.slice(0, 10) < current.to;
  const lastDay = shifted(clock.dataEnd, current, earlier).slice(0, 10);
  const to = runsPast && lastDay < earlier.to ? lastDay : earlier.to;
  const countedBefore = clock.asOf < clock.dataEnd;
  return { period: { from: earlier.from, to }, returnsRequestedBy: collectsReturns(current, clock) || countedBefore ? shifted(clock.asOf, current, earlier) : null };
}
