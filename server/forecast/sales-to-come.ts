// The sales the forecast weeks will still bring (docs/metrics.md, "The return forecast"): a stated,
// simple assumption rather than a model of demand. Where the data holds a year before the recent
// weeks, the same days a year earlier scaled by how the last four weeks compare with theirs (so a
// season's peak is foreseen); otherwise the last four weeks' daily run-rate. How far the same
// assumption missed in the shop's own recent past is what the interval allows for it.
import { forecastWeeks, type DailySales } from './weekly-forecast.ts';

export const runRateDays = 28;
/** 52 weeks, so that a day a year earlier is the same weekday. */
export const seasonalLagDays = 364;
/** The first day the seasonal assumption reads, counted from the first forecast day. */
export const seasonalHistoryDays = seasonalLagDays + runRateDays;
/** The past starts the assumption is tried from, a week apart: half a year of them. */
export const pastTrials = 26;
const forecastDays = forecastWeeks * 7;
/** The first day the sales-to-come and their past trials read, counted from the first forecast day. */
export const salesHistoryDays = seasonalHistoryDays + forecastDays + 7 * (pastTrials - 1);

export type SalesToComeMethod = 'runRate' | 'seasonal';

export interface SalesToCome {
  method: SalesToComeMethod;
  /** The units a day the assumption foresees, on average over the forecast weeks. */
  dailyUnits: number;
  /** Seasonal only: the last four weeks' sales over the same four weeks a year earlier. */
  yearOverYear: number | null;
  sales: DailySales[];
  /**
   * The assumption tried from past starts whose eight weeks the data holds: per start, each week's
   * sales as they came over as assumed. Empty when the data is too short to try it.
   */
  pastMisses: number[][];
}

type UnitsOn = (day: number) => number;

function sumOver(unitsOn: UnitsOn, from: number, to: number): number {
  let sum = 0;
  for (let day = from; day <= to; day++) sum += unitsOn(day);
  return sum;
}

/** The daily sales the assumption foresees for the 56 days from `start`, reading only days before it. */
function assumed(method: SalesToComeMethod, unitsOn: UnitsOn, start: number, historyFrom: number) {
  const recent = sumOver(unitsOn, start - runRateDays, start - 1);
  if (method === 'seasonal') {
    const yearOverYear = recent / sumOver(unitsOn, start - seasonalHistoryDays, start - seasonalLagDays - 1);
    return { yearOverYear, daily: Array.from({ length: forecastDays }, (_, day) => unitsOn(start + day - seasonalLagDays) * yearOverYear) };
  }
  // a shop with less than four weeks of data runs at the rate of the days it has
  const dailyUnits = recent / Math.max(1, Math.min(runRateDays, start - historyFrom));
  return { yearOverYear: null, daily: new Array<number>(forecastDays).fill(dailyUnits) };
}

/** Whether the seasonal assumption can be made from `start`: a year and four weeks before it, with sales. */
function seasonalFrom(unitsOn: UnitsOn, start: number, historyFrom: number): boolean {
  return historyFrom <= start - seasonalHistoryDays && sumOver(unitsOn, start - seasonalHistoryDays, start - seasonalLagDays - 1) > 0;
}

/**
 * `unitsOn(day)` gives the units sold on a day before the first forecast day (day 0);
 * `historyFrom` is the data's first day on the same count.
 */
export function salesToCome(unitsOn: UnitsOn, historyFrom: number): SalesToCome {
  const method: SalesToComeMethod = seasonalFrom(unitsOn, 0, historyFrom) ? 'seasonal' : 'runRate';
  const { yearOverYear, daily } = assumed(method, unitsOn, 0, historyFrom);
  const pastMisses: number[][] = [];
  for (let trial = 0; trial < pastTrials; trial++) {
    const start = -forecastDays - 7 * trial;
    const readable = method === 'seasonal' ? seasonalFrom(unitsOn, start, historyFrom) : start - runRateDays >= historyFrom;
    if (!readable) break;
    const guess = assumed(method, unitsOn, start, historyFrom).daily;
    const misses = Array.from({ length: forecastWeeks }, (_, week) => {
      const foreseen = guess.slice(7 * week, 7 * week + 7).reduce((sum, units) => sum + units, 0);
      return foreseen > 0 ? sumOver(unitsOn, start + 7 * week, start + 7 * week + 6) / foreseen : 1;
    });
    pastMisses.push(misses);
  }
  return {
    method,
    dailyUnits: daily.reduce((sum, units) => sum + units, 0) / forecastDays,
    yearOverYear,
    sales: daily.map((units, day) => ({ day, units })),
    pastMisses,
  };
}
