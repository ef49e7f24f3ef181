// The nowcast (docs/metrics.md, "The nowcast"): what a month still collecting returns will come to
// once its window has closed, from the share of its eventual returns that has arrived by now. A
// completion-factor (chain-ladder) estimate: final = observed / share arrived, where the share is
// the return curve at each sale day's age, weighed by that day's sales.
import { quantileSorted, sampleStandardDeviation } from 'simple-statistics';
import { SeededRandom } from '../demo/seeded-random.ts';
import type { CompleteCohorts, ReturnCurve } from './return-curve.ts';
import { drawsSeed, gamma, poisson, studentT } from './sampling.ts';

/** What a month's sales were on one day: the weights of the curve's share at that day's age. */
export interface SalesDay {
  day: string;
  unitsSold: number;
  grossSales: number;
  orders: number;
}

/** A provisional month as the trend counts it today, with its sales by day. */
export interface ProvisionalMonth {
  month: string;
  unitsSold: number;
  orders: number;
  grossSales: number;
  /** Every return request, rejected ones too: the blocks units and value arrive in. */
  returns: number;
  unitsReturned: number;
  ordersWithReturn: number;
  returnedValue: number;
  days: readonly SalesDay[];
}

export interface NowcastFigures {
  unitsReturned: number;
  ordersWithReturn: number;
  returnedValue: number;
  returnRateUnits: number | null;
  returnRateOrders: number | null;
  returnRateValue: number | null;
}

export interface NowcastRow {
  month: string;
  unitsSold: number;
  orders: number;
  grossSales: number;
  /** The share of the month's eventual returned units expected to have arrived by now. */
  shareArrived: number;
  observed: NowcastFigures;
  /** Null while too little has arrived to scale up from (`nowcastSettings.minimumShare`). */
  estimate: { expected: NowcastFigures; low: NowcastFigures; high: NowcastFigures } | null;
}

/** The nowcast's fixed choices, reported in every answer so that none is hidden. */
export const nowcastSettings = {
  /** An 80 % interval: the 10th and 90th percentiles of the draws. */
  interval: 0.8,
  /** Curves drawn by the bootstrap over cohorts, each with its own returns still to come. */
  draws: 500,
  /** The draws' seed: the same data gives the same interval on every request. */
  seed: drawsSeed,
  /**
   * Below this share arrived a month gives no estimate: dividing by a few per cent turns a handful
   * of early returns into any figure at all.
   */
  minimumShare: 0.1,
};

const dayMs = 86_400_000;
const timeOf = (timestamp: string) => Date.parse(`${timestamp.replace(' ', 'T')}Z`);

/**
 * The age, in days, of a day's sales at `asOfMs`, taken at the middle of the part of the day that
 * had passed: sales are spread over the day, and the day the data ends has had only its first hours.
 */
function ageInDays(day: string, asOfMs: number): number {
  const elapsed = (asOfMs - timeOf(`${day}T00:00:00`)) / dayMs;
  return elapsed <= 0 ? 0 : elapsed - Math.min(1, elapsed) / 2;
}

/** The curve a measure is completed by: returned units' (units, orders) or returned value's. */
type CurveKind = 'units' | 'value';
type Measure = {
  observed: (m: ProvisionalMonth) => number;
  weight: (d: SalesDay) => number;
  curve: CurveKind;
};

// Units and orders with a return are completed by the units curve, returned value by the value
// curve (dear goods may come back later than cheap ones); each weighs the days by what its
// denominator sold on them.
const measures = {
  unitsReturned: { observed: (m) => m.unitsReturned, weight: (d) => d.unitsSold, curve: 'units' },
  ordersWithReturn: { observed: (m) => m.ordersWithReturn, weight: (d) => d.orders, curve: 'units' },
  returnedValue: { observed: (m) => m.returnedValue, weight: (d) => d.grossSales, curve: 'value' },
} satisfies Record<string, Measure>;
type MeasureName = keyof typeof measures;
const measureNames = Object.keys(measures) as MeasureName[];
const perMeasure = <T>(pick: (name: MeasureName) => T) => Object.fromEntries(measureNames.map((name) => [name, pick(name)])) as Record<MeasureName, T>;

/** A month's days as the curve reads them: each day's age and what each measure sold on it. */
interface AgedDays {
  ages: number[];
  weights: Record<MeasureName, number[]>;
}

function agedDays(month: ProvisionalMonth, asOfMs: number): AgedDays {
  return {
    ages: month.days.map((day) => ageInDays(day.day, asOfMs)),
    weights: perMeasure((name) => month.days.map(measures[name].weight)),
  };
}

/** The share of a month's eventual returns arrived by now under `curve`, its days weighed by `weights`. */
function shareArrived(curve: ReturnCurve, ages: readonly number[], weights: readonly number[]): number {
  let weighed = 0;
  let total = 0;
  for (let i = 0; i < ages.length; i++) {
    weighed += weights[i]! * curve.shareWithin(ages[i]!);
    total += weights[i]!;
  }
  return total > 0 ? weighed / total : 1;
}

/**
 * How much one cohort's share still missing at these ages strays from the pooled curve's, as the
 * standard deviation of the log of their ratio: a slow month misses twice the returns at every age,
 * rather than a fixed few points, so the stray is a factor. Floored at 1 in 10,000 missing.
 */
function missingSpread(cohortsMissing: readonly number[], pooledMissing: number): number {
  const floor = 1e-4;
  const logRatios = cohortsMissing.map((missing) => Math.log(Math.max(missing, floor) / Math.max(pooledMissing, floor)));
  return logRatios.length > 1 ? sampleStandardDeviation(logRatios) : 0;
}

/**
 * How big the blocks are that a measure's returns arrive in: a request brings a few units at once,
 * and a sum of blocks varies more than a count of ones. Orders arrive one by one.
 */
function blockSize(name: MeasureName, month: ProvisionalMonth): number {
  if (name === 'ordersWithReturn') return 1;
  if (name === 'unitsReturned') return month.returns > 0 ? Math.max(1, month.unitsReturned / month.returns) : 1;
  if (month.returns > 0 && month.returnedValue > 0) return month.returnedValue / month.returns;
  return month.unitsSold > 0 ? month.grossSales / month.unitsSold : 1;
}

/**
 * One draw of a measure's final figure: the month's expected total under the drawn curve, learnt from
 * what arrived (Gamma, Jeffreys' prior on a Poisson count of blocks), and the returns still to come
 * drawn from it (Poisson). So the interval holds the doubt about the curve, about the month's own
 * rate, and the chance in what is still to arrive.
 */
function drawFinal(observed: number, share: number, block: number, random: SeededRandom): number {
  if (share >= 1) return observed;
  const expectedBlocks = gamma(observed / block + 0.5, random) / Math.max(share, 1e-9);
  return observed + block * poisson(expectedBlocks * (1 - share), random);
}

function figures(month: ProvisionalMonth, values: Record<MeasureName, number>): NowcastFigures {
  const rate = (value: number, sold: number) => (sold > 0 ? value / sold : null);
  return {
    ...values,
    returnRateUnits: rate(values.unitsReturned, month.unitsSold),
    returnRateOrders: rate(values.ordersWithReturn, month.orders),
    returnRateValue: rate(values.returnedValue, month.grossSales),
  };
}

/** The curves a nowcast completes with: of returned units (units and orders), and of returned value. */
export type NowcastCohorts = Record<CurveKind, CompleteCohorts>;

/** What one curve kind is learnt into: the pooled curve, its bootstrap draws, and each cohort's own. */
function learnt(cohorts: CompleteCohorts, random: SeededRandom) {
  const curve = cohorts.curve();
  return curve ? { curve, draws: cohorts.bootstrap(nowcastSettings.draws, random), own: cohorts.each() } : null;
}

/**
 * The nowcast of each provisional month from the complete cohorts: null when they are too few to
 * learn a curve from (CompleteCohorts.minimum).
 */
export function nowcastMonths(cohorts: NowcastCohorts, months: readonly ProvisionalMonth[], asOf: string): NowcastRow[] | null {
  const random = new SeededRandom(nowcastSettings.seed);
  const units = learnt(cohorts.units, random);
  const value = learnt(cohorts.value, random);
  if (!units || !value) return null;
  const curves = { units, value };
  const asOfMs = timeOf(asOf);
  return months.map((month) => {
    const days = agedDays(month, asOfMs);
    const arrived = (name: MeasureName, curve: ReturnCurve) => shareArrived(curve, days.ages, days.weights[name]);
    const share = perMeasure((name) => arrived(name, curves[measures[name].curve].curve));
    const observed = figures(month, perMeasure((name) => measures[name].observed(month)));
    const row = { month: month.month, unitsSold: month.unitsSold, orders: month.orders, grossSales: month.grossSales, shareArrived: share.unitsReturned, observed };
    if (share.unitsReturned < nowcastSettings.minimumShare) return { ...row, estimate: null };
    const own = perMeasure((name) => curves[measures[name].curve].own);
    const spread = perMeasure((name) => missingSpread(own[name].map((cohort) => 1 - arrived(name, cohort)), 1 - share[name]));
    const draws = perMeasure((): number[] => []);
    // a month's own speed needs a spread across two cohorts' curves at least: with one, Student's t
    // has no degrees of freedom and its NaN collapsed the interval onto the observed figure
    const speedFreedom = own.unitsReturned.length - 1;
    for (let draw = 0; draw < nowcastSettings.draws; draw++) {
      // one draw of this month's own speed, the same for its three measures
      const speed = speedFreedom >= 1 ? studentT(speedFreedom, random) : 0;
      for (const name of measureNames) {
        const drawn = curves[measures[name].curve].draws[draw] ?? curves[measures[name].curve].curve;
        const missing = (1 - arrived(name, drawn)) * Math.exp(spread[name] * speed);
        draws[name].push(drawFinal(measures[name].observed(month), Math.max(1 - missing, 0.01), blockSize(name, month), random));
      }
    }
    for (const name of measureNames) draws[name].sort((a, b) => a - b);
    const tail = (1 - nowcastSettings.interval) / 2;
    return {
      ...row,
      estimate: {
        expected: figures(month, perMeasure((name) => measures[name].observed(month) / share[name])),
        low: figures(month, perMeasure((name) => quantileSorted(draws[name], tail))),
        high: figures(month, perMeasure((name) => quantileSorted(draws[name], 1 - tail))),
      },
    };
  });
}
