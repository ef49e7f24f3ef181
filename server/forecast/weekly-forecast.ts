// The return forecast's arithmetic (docs/metrics.md, "The return forecast"): the returns each of
// the next weeks will bring, from the units sold each day times the rate per unit sold times the
// share of the curve that falls inside the week. Pure: the service reads the data and calls this.
import { quantile } from 'simple-statistics';
import type { SeededRandom } from '../demo/seeded-random.ts';
import type { ReturnCurve } from '../curve/return-curve.ts';
import { poisson } from '../curve/sampling.ts';

export const forecastWeeks = 8;
/** The interval is the 10th to the 90th percentile of the draws: 80 %. */
export const intervalQuantiles = [0.1, 0.9] as const;

/** Units sold on a day, the day counted from the first forecast day (0); earlier days are negative. */
export interface DailySales {
  day: number;
  units: number;
}

/**
 * The curve read at every whole day of age n less half a day, n from 0 to `span`: what the weekly
 * sums below ask of it. Read once per curve, since a bootstrap draw sums hundreds of sale days.
 */
function halfDayShares(curve: ReturnCurve, span: number): Float64Array {
  const shares = new Float64Array(span + 1);
  for (let n = 1; n <= span; n++) shares[n] = curve.shareWithin(n - 0.5);
  return shares;
}

/** How many days of age the weeks ask of a curve for these sales: to the forecast's end from the oldest. */
const spanOf = (sales: readonly DailySales[]) => 7 * forecastWeeks - sales.reduce((first, { day }) => Math.min(first, day), 0);

function sharesFrom(shareBefore: Float64Array, sales: readonly DailySales[]): number[] {
  const weeks = new Array<number>(forecastWeeks).fill(0);
  for (const { day, units } of sales) {
    if (units === 0) continue;
    let before = -day <= 0 ? 0 : shareBefore[-day]!;
    for (let week = 0; week < forecastWeeks; week++) {
      const age = 7 * (week + 1) - day;
      const after = age <= 0 ? 0 : shareBefore[age]!;
      weeks[week] += units * (after - before);
      before = after;
    }
  }
  return weeks;
}

/**
 * The share of each sale day's eventual returns that each week requests, summed over the days and
 * weighed by their units. Sales are taken as made at noon of their day, requests as spread over
 * theirs: a sale's age at the start of day d is d − day − ½. Week w runs from day 7w to 7w + 7.
 */
export function weeklyShares(curve: ReturnCurve, sales: readonly DailySales[]): number[] {
  return sharesFrom(halfDayShares(curve, spanOf(sales)), sales);
}

/** What one breakdown key's forecast rests on, whole and as drawn by the bootstrap. */
export interface KeyModel {
  curve: ReturnCurve;
  /** Curves pooled from cohorts drawn with replacement. */
  curveDraws: readonly ReturnCurve[];
  /** Returns per unit sold, and units per return, of the recent complete cohorts. */
  returnsPerUnitSold: number;
  unitsPerReturn: number;
  /** The same two from the recent cohorts drawn with replacement, one pair per curve draw. */
  rateDraws: readonly { returnsPerUnitSold: number; unitsPerReturn: number }[];
}

export interface Estimate {
  expected: number;
  low: number;
  high: number;
}

export interface WeekForecast {
  returns: Estimate;
  units: Estimate;
  /** The expected returns split by where they come from: the sales already made and those still to come. */
  returnsFromSalesMade: number;
  returnsFromSalesToCome: number;
}

/** The sales still to come as assumed, and how the assumption's weeks came out when tried from past starts. */
export interface AssumedSales {
  sales: readonly DailySales[];
  /** Per past start, each week's sales as they came over as assumed. */
  pastMisses: readonly (readonly number[])[];
}

/**
 * Each week's expected returns and units with their 80 % interval. Each draw takes a curve and a
 * rate from the bootstrap over cohorts (the doubt about the model), the sales to come as one past
 * start of the same assumption missed (the doubt about demand), and Poisson noise on its count
 * (the doubt about the week).
 */
export function forecastWeeksFor(model: KeyModel, made: readonly DailySales[], toCome: AssumedSales, random: SeededRandom): WeekForecast[] {
  // Shares are linear in the units sold, so the sales to come are kept apart by the week they are
  // sold in: a draw scales each week's by how far the assumption missed then, without making sales.
  const toComeByWeek = Array.from({ length: forecastWeeks }, (_, week) => toCome.sales.filter(({ day }) => Math.floor(day / 7) === week));
  const span = Math.max(spanOf(made), spanOf(toCome.sales));
  const sharesOf = (curve: ReturnCurve, misses: readonly number[]) => {
    const shareBefore = halfDayShares(curve, span);
    const shares = sharesFrom(shareBefore, made);
    toComeByWeek.forEach((sales, soldInWeek) => {
      sharesFrom(shareBefore, sales).forEach((share, week) => (shares[week] += misses[soldInWeek]! * share));
    });
    return shares;
  };
  const asAssumed = new Array<number>(forecastWeeks).fill(1);
  const fromMade = weeklyShares(model.curve, made).map((share) => share * model.returnsPerUnitSold);
  const fromToCome = weeklyShares(model.curve, toCome.sales).map((share) => share * model.returnsPerUnitSold);
  const missedAsOnce = () => (toCome.pastMisses.length === 0 ? asAssumed : toCome.pastMisses[random.int(0, toCome.pastMisses.length - 1)]!);
  const drawnReturns: number[][] = Array.from({ length: forecastWeeks }, () => []);
  const drawnUnits: number[][] = Array.from({ length: forecastWeeks }, () => []);
  model.curveDraws.forEach((curve, index) => {
    const rate = model.rateDraws[index % model.rateDraws.length]!;
    sharesOf(curve, missedAsOnce()).forEach((share, week) => {
      const returns = poisson(share * rate.returnsPerUnitSold, random);
      drawnReturns[week]!.push(returns);
      drawnUnits[week]!.push(returns * rate.unitsPerReturn);
    });
  });
  const estimate = (expected: number, draws: number[]): Estimate =>
    draws.length === 0
      ? { expected, low: expected, high: expected }
      : { expected, low: quantile(draws, intervalQuantiles[0]), high: quantile(draws, intervalQuantiles[1]) };
  return fromMade.map((madeReturns, week) => {
    const returns = madeReturns + fromToCome[week]!;
    return {
      returns: estimate(returns, drawnReturns[week]!),
      units: estimate(returns * model.unitsPerReturn, drawnUnits[week]!),
      returnsFromSalesMade: madeReturns,
      returnsFromSalesToCome: fromToCome[week]!,
    };
  });
}
