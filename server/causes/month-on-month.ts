// "Growing" (the monthly review's causes) sets a finding's last month against the month before.
// While the last month still collects returns (basis=order), the month before is counted at the
// same age, as every comparison is (docs/metrics.md, "Comparing periods"): its slices are read
// again with only the returns requested by the data's latest timestamp less the shift between the
// two months, and, when the data ends part way through the last month, only its orders up to the
// same day; when it is longer than the last month (January before February), only its orders of as
// many days, while its last days are still collecting returns (same-age.ts). Against the whole
// month before, the open month's returns still to come would hide a real rise, and a steady
// finding could never be told from one that grows.
import { monthEnd, periodDays, previousPeriod, type Period } from '../metrics/metric-filters.ts';
import type { Counts, SliceTable } from './slice-counts.ts';
import { suspectKey, suspectsIn, type Suspect } from './suspects.ts';
import type { Trial } from './trials.ts';

export interface LastTwoMonths {
  /** The period's last month (from its first day). */
  last: Period;
  /** The month before it, over as many days as the last month has (its whole, for a whole last month); its first day sets the shift between the two. */
  before: Period;
  /** The last day of the month before. */
  beforeEnds: string;
}

/**
 * The period's last month and the month before it; null for a period within one month. A last
 * month the period ends part way through is set against the same days of the month before:
 * 1–15 October against 1–15 September, never against all of September.
 */
export function lastTwoMonths(period: Period, months: readonly string[]): LastTwoMonths | null {
  if (months.length < 2) return null;
  const [before, last] = months.slice(-2) as [string, string];
  // the month before ends the day before the last month begins
  const beforeEnds = previousPeriod({ from: last, to: last }).to;
  const lastEnds = monthEnd(last);
  const sameDaysEnd = new Date(Date.parse(`${before}T00:00:00Z`) + (periodDays({ from: last, to: period.to }) - 1) * 86_400_000).toISOString().slice(0, 10);
  const beforeTo = period.to >= lastEnds || sameDaysEnd >= beforeEnds ? beforeEnds : sameDaysEnd;
  return { last: { from: last, to: period.to }, before: { from: before, to: beforeTo }, beforeEnds };
}

const figures = (month: string, c: Counts) => ({ month, unitsSold: c.units, unitsReturned: c.returnedUnits, rate: c.units > 0 ? c.returnedUnits / c.units : null });

/** Each reported finding's last month and the month before, the latter at the same age. */
export class MonthOnMonth {
  private readonly sameAgeSuspects: Map<string, Suspect> | null;

  /**
   * `counted`: the days of the month before its figures are over (within the period, and as
   * `MetricsService.atSameAge` ends it). `atSameAge`: the period's slices with the month before read again as it is compared (over the
   * last month's days, and as it stood at `returnsRequestedBy` when that is set); null when the
   * month before is counted whole, as the period's own slices have it. It holds the same rows as
   * the period's table, so each suspect is found in it under the same key.
   */
  constructor(
    private readonly months: LastTwoMonths,
    private readonly counted: Period,
    private readonly returnsRequestedBy: string | null,
    atSameAge: SliceTable | null,
    minUnits: number,
  ) {
    this.sameAgeSuspects = atSameAge && new Map(suspectsIn(atSameAge, minUnits).map((s) => [suspectKey(s), s]));
  }

  of({ suspect, measure, comparison }: Trial) {
    const { last, before } = this.months;
    const earlier = this.sameAgeSuspects ? this.sameAgeSuspects.get(suspectKey(suspect))!.compare(measure) : comparison;
    return {
      ...figures(last.from, comparison.month(last.from).suspect),
      previous: { ...figures(before.from, earlier.month(before.from).suspect), period: this.counted, returnsRequestedBy: this.returnsRequestedBy },
    };
  }
}
