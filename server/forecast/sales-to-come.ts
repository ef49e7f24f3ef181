// The sales the forecast weeks will still bring (docs/metrics.md, "The return forecast"): a stated,
// simple assumption rather than a model of demand. Where the data holds a year before the recent
// weeks, the same days a year earlier scaled by how the last four weeks compare with theirs (so a
// season's peak is foreseen); otherwise the last four weeks' daily run-rate.
import { forecastWeeks, type DailySales } from './weekly-forecast.ts';

export const runRateDays = 28;
/** 52 weeks, so that a day a year earlier is the same weekday. */
export const seasonalLagDays = 364;
/** The first day the seasonal assumption reads, counted from the first forecast day. */
export const seasonalHistoryDays = seasonalLagDays + runRateDays;

export type SalesToComeMethod = 'runRate' | 'seasonal';

export interface SalesToCome {
  method: SalesToComeMethod;
  /** The units a day the assumption foresees, on average over the forecast weeks. */
  dailyUnits: number;
  /** Seasonal only: the last four weeks' sales over the same four weeks a year earlier. */
  yearOverYear: number | null;
  sales: DailySales[];
}

/**
 * `unitsOn(day)` gives the units sold on a day before the first forecast day (day 0);
 * `historyFrom` is the data's first day on the same count.
 */
export function salesToCome(unitsOn: (day: number) => number, historyFrom: number): SalesToCome {
  const days = forecastWeeks * 7;
  const sumOver = (from: number, to: number) => {
    let sum = 0;
    for (let day = from; day <= to; day++) sum += unitsOn(day);
    return sum;
  };
  const recent = sumOver(-runRateDays, -1);
  const yearEarlier = sumOver(-seasonalHistoryDays, -seasonalLagDays - 1);
  if (historyFrom <= -seasonalHistoryDays && yearEarlier > 0) {
    const yearOverYear = recent / yearEarlier;
    const sales = Array.from({ length: days }, (_, day) => ({ day, units: unitsOn(day - seasonalLagDays) * yearOverYear }));
    return { method: 'seasonal', dailyUnits: sales.reduce((sum, s) => sum + s.units, 0) / days, yearOverYear, sales };
  }
  // a shop with less than four weeks of data runs at the rate of the days it has
  const dailyUnits = recent / Math.max(1, Math.min(runRateDays, -historyFrom));
  return { method: 'runRate', dailyUnits, yearOverYear: null, sales: Array.from({ length: days }, (_, day) => ({ day, units: dailyUnits })) };
}
