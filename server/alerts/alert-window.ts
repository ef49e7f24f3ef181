// The period a check judges: it ends on the data's latest day, never on the wall clock, so that an
// export from last March is judged as it stood then (docs/metrics.md, "Alerts").
import type { Period } from '../metrics/metric-filters.ts';

const dayMs = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last `days` days of the data, its latest day included. */
export function trailingWindow(lastDate: string, days: number): Period {
  return { from: isoDay(Date.parse(`${lastDate}T00:00:00Z`) - (days - 1) * dayMs), to: lastDate };
}

/** The month before the data's latest day's and that month up to that day. */
export function sinceMonthBefore(lastDate: string): Period {
  const [year, month] = lastDate.split('-').map(Number) as [number, number];
  return { from: isoDay(Date.UTC(year, month - 2, 1)), to: lastDate };
}

/** The order month the data's latest day falls in, up to that day: the month still collecting. */
export function currentMonth(lastDate: string): Period {
  return { from: `${lastDate.slice(0, 7)}-01`, to: lastDate };
}
