// A comparison sets a period against an earlier one, counted at the same age: as it stood when it
// was as old as the current one is now. Shared by the server's compare routes, the cause finder's
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
  /** The earlier period as counted: cut short when the current one runs past the data's end, or when it is longer and still collecting returns (basis=order). */
  period: Period;
  /**
   * The moment it is counted as it stood at: only the returns requested by then, with only what had
   * happened to them by then. Null only when the current period begins after the data ends, and
   * no change is computed.
   */
  returnsRequestedBy: string | null;
}

/** Whether a period begins after the data's last day (a date or a timestamp), so that it holds nothing; never while there is no data. */
export function beginsAfterData(period: Period, dataEnd: string | null): boolean {
  return dataEnd !== null && period.from > dataEnd.slice(0, 10);
}

/** A timestamp less the shift from one day to the other (`YYYY-MM-DD`). */
function shifted(timestamp: string, day: string, earlierDay: string): string {
  const shiftMs = Date.parse(`${day}T00:00:00Z`) - Date.parse(`${earlierDay}T00:00:00Z`);
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
 * The moment the earlier period is counted at, as old as the current one is at `asOf`: `asOf` less
 * the shift between the two periods' first days, so that each day of the earlier period is as old
 * as the same day of the current one. On basis=return, once the current period's last day is
 * reached, less the shift between their last days instead: a month and the month before differ in
 * length (February's first day is 31 days after January's, its last 28 after January's last), and
 * the first days' shift would cut the earlier period before its last requests (31 January's
 * requests, set beside a February counted on 1 March, would be dropped). Its youngest requests are then
 * as old as the current period's.
 */
function sameAgeMoment(current: Period, earlier: Period, { basis, asOf }: ComparisonClock): string {
  return basis === 'return' && asOf.slice(0, 10) >= current.to ? shifted(asOf, current.to, earlier.to) : shifted(asOf, current.from, earlier.from);
}

/**
 * The earlier period as it is set beside the current one, at the same age:
 * - when the current period runs past the data's end, it holds no orders (or requests) after it, so
 *   the earlier one ends on the day of the data's end less the shift: October 1–31 with data to
 *   15 October sets against 31 August–14 September, not against all of September;
 * - on basis=order, when the earlier period is longer than the current one and its last day is still
 *   collecting returns at its cut, it ends after as many days as the current one has
 *   (`withCounterparts`): February against January with data to 1 March sets against 1–28 January;
 * - the earlier period is counted as it stood at the same age (`sameAgeMoment`), on either basis,
 *   open or closed: on basis=order, while the current period still collects returns, its returns
 *   still to come would otherwise read as a fall; and on either basis, the resolutions, receipts and
 *   refunds the current period's returns have still to have, the earlier one's have had since: a
 *   steady process would read as slower and refunding less. A current period counted at a moment
 *   before the data's end (`requestedBy`, or the returns' end while they lag) is counted at that
 *   moment, and so the earlier one at that moment less the shift.
 */
export function earlierAtSameAge(current: Period, earlier: Period, clock: ComparisonClock): EarlierAtSameAge {
  // a current period that begins after the data ends holds nothing to set against (no change is
  // computed, `afterData`): its earlier period is given whole
  if (beginsAfterData(current, clock.dataEnd)) return { period: earlier, returnsRequestedBy: null };
  // for the data's end, only a current period the data ends within is cut short: a whole month is
  // not, however many days each has (but see withCounterparts)
  const runsPast = clock.dataEnd.slice(0, 10) < current.to;
  const lastDay = shifted(clock.dataEnd, current.from, earlier.from).slice(0, 10);
  const returnsRequestedBy = sameAgeMoment(current, earlier, clock);
  const inData = { from: earlier.from, to: runsPast && lastDay < earlier.to ? lastDay : earlier.to };
  return { period: withCounterparts(current, inData, { ...clock, asOf: returnsRequestedBy }), returnsRequestedBy };
}

/**
 * The earlier period without the days the current one has no counterpart for, on basis=order,
 * while they would be counted younger than the return window at `atCut.asOf` (the earlier period's
 * cut). Its days are aligned on the current one's from the first (`sameAgeMoment`), so when it is
 * longer its last days have no counterpart, and at the cut they are younger than the current
 * period's youngest: February against January with data to 1 March 10:00 cuts January at
 * 29 January 10:00, when its orders of 29 January were just placed and those of 30–31 January not
 * yet: they would count as sales with none of their returns, and January's rate would read about
 * 3/31 low. So the earlier period
 * ends after as many days as the current one has, unless its last day's window has closed at the
 * cut (`collectsReturns` at the cut): every day of it is then past the window, and so is every day of
 * the current one (its youngest day is older by the days the earlier has more), so all their
 * returns are in and counting the extra days whole is right: settled months keep whole months.
 * Judging by the current period alone would not do: closed at `asOf`, it can leave the earlier
 * period's last days a day to three short of the window at the cut. On basis=return nothing is cut:
 * the requests of every day are counted, its last days' shift (`sameAgeMoment`) taking in the
 * earlier period's youngest requests. A shorter earlier period (March against February) is left as
 * it is: the current period's days without counterpart cannot be dropped from what is asked.
 */
function withCounterparts(current: Period, earlier: Period, atCut: ComparisonClock): Period {
  const lastCounterpart = shifted(`${current.to}T00:00:00`, current.from, earlier.from).slice(0, 10);
  return lastCounterpart < earlier.to && collectsReturns(earlier, atCut) ? { from: earlier.from, to: lastCounterpart } : earlier;
}
