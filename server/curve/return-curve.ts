// The return curve (docs/metrics.md, "The return curve"): how the returns of a cohort of orders
// arrive over the days after the order. Learnt once from the cohorts whose window has closed, it is
// what the nowcast, the forecast and the policy simulator stand on.
import type { SeededRandom } from '../demo/seeded-random.ts';

/** A cohort's returns (or units) requested a whole number of days after their orders. */
export interface CurveCount {
  cohortMonth: string;
  day: number;
  count: number;
}

/** The share of a cohort's eventual returns requested within so many days of the order. */
export class ReturnCurve {
  /** `cumulative[d]`: the share requested within d + 1 whole days (day 0 is the order's first 24 hours). */
  private constructor(private readonly cumulative: readonly number[]) {}

  static fromDailyCounts(daily: readonly number[]): ReturnCurve | null {
    const total = daily.reduce((sum, count) => sum + count, 0);
    if (total <= 0) return null;
    let running = 0;
    return new ReturnCurve(daily.map((count) => (running += count) / total));
  }

  /**
   * The share requested within `ageDays` (fractional) of the order: whole days from the curve, the
   * day under way in proportion, since requests within a day are spread over it.
   */
  shareWithin(ageDays: number): number {
    if (ageDays <= 0) return 0;
    const whole = Math.floor(ageDays);
    const before = whole === 0 ? 0 : this.at(whole - 1);
    return before + (ageDays - whole) * (this.at(whole) - before);
  }

  /** The last day on which the cohorts learnt from saw a request. */
  get lastDay(): number {
    return this.cumulative.length - 1;
  }

  private at(day: number): number {
    return day >= this.cumulative.length ? 1 : this.cumulative[day];
  }
}

/**
 * The complete cohorts a curve is learnt from, each kept whole, so that a bootstrap can draw them
 * again with replacement: the spread of curves so drawn is the honest doubt about the curve, for a
 * shop has as many independent curves as it has cohorts, not as many as it has returns.
 */
export class CompleteCohorts {
  /** Fewer complete cohorts than this give no curve: two months say little of a shop's tail. */
  static readonly minimum = 3;

  private constructor(
    private readonly months: readonly string[],
    private readonly daily: readonly (readonly number[])[],
  ) {}

  static from(counts: readonly CurveCount[]): CompleteCohorts {
    const byCohort = new Map<string, number[]>();
    for (const { cohortMonth, day, count } of counts) {
      const daily = byCohort.get(cohortMonth) ?? [];
      while (daily.length <= day) daily.push(0);
      daily[day] += count;
      byCohort.set(cohortMonth, daily);
    }
    return new CompleteCohorts([...byCohort.keys()], [...byCohort.values()]);
  }

  /** Each cohort's eventual count (every day summed), by its month: what a rate per unit sold divides. */
  eventualCounts(): Map<string, number> {
    return new Map(this.months.map((month, index) => [month, this.daily[index].reduce((sum, count) => sum + count, 0)]));
  }

  get size(): number {
    return this.daily.length;
  }

  /** The curve of all the cohorts pooled, each weighing by its returns; null with too few cohorts. */
  curve(): ReturnCurve | null {
    return this.size < CompleteCohorts.minimum ? null : pooled(this.daily);
  }

  /** Each cohort's own curve: how far one cohort strays from the pooled curve. */
  each(): ReturnCurve[] {
    return this.daily.map((daily) => ReturnCurve.fromDailyCounts(daily)).filter((curve) => curve !== null);
  }

  /** `draws` curves, each pooled from as many cohorts drawn with replacement. */
  bootstrap(draws: number, random: SeededRandom): ReturnCurve[] {
    if (this.size < CompleteCohorts.minimum) return [];
    const curves: ReturnCurve[] = [];
    for (let draw = 0; draw < draws; draw++) {
      const drawn = this.daily.map(() => this.daily[random.int(0, this.size - 1)]);
      const curve = pooled(drawn);
      if (curve) curves.push(curve);
    }
    return curves;
  }
}

function pooled(cohorts: readonly (readonly number[])[]): ReturnCurve | null {
  // loops rather than reduce: the bootstrap pools hundreds of draws per request
  const sum: number[] = [];
  for (const daily of cohorts) {
    for (let day = 0; day < daily.length; day++) sum[day] = (sum[day] ?? 0) + daily[day]!;
  }
  return ReturnCurve.fromDailyCounts(sum);
}
