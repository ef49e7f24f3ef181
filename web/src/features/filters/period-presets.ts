// Periods are whole calendar months counted back from the month of the data's last date, and
// end on that date: a manager reads "the last 3 months" as three month columns, and an export
// taken last March must show the same view today as on the day it was taken (never the wall clock).

export const periodPresets = ['lastMonth', 'last3Months', 'last12Months', 'yearToDate', 'all'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export const defaultPeriodPreset: PeriodPreset = 'last12Months';

export interface Period {
  from: string;
  to: string;
}

/** The span of the loaded data, as YYYY-MM-DD. */
export interface DataBounds {
  firstDate: string;
  lastDate: string;
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !isoDatePattern.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The first day of the month `monthsBack` months before the month of `isoDate`. */
function startOfMonthBefore(isoDate: string, monthsBack: number): string {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 1 - monthsBack, 1));
  return start.toISOString().slice(0, 10);
}

function presetStart(preset: PeriodPreset, bounds: DataBounds): string {
  const to = bounds.lastDate;
  switch (preset) {
    case 'lastMonth':
      return startOfMonthBefore(to, 0);
    case 'last3Months':
      return startOfMonthBefore(to, 2);
    case 'last12Months':
      return startOfMonthBefore(to, 11);
    case 'yearToDate':
      return `${to.slice(0, 4)}-01-01`;
    case 'all':
      return bounds.firstDate;
  }
}

/** A preset's period; it never starts before the data does, so two months of data are not drawn as twelve. */
export function presetPeriod(preset: PeriodPreset, bounds: DataBounds): Period {
  const from = presetStart(preset, bounds);
  return { from: from < bounds.firstDate ? bounds.firstDate : from, to: bounds.lastDate };
}

/** Which preset a period is, or 'custom' when it is none of them. */
export function presetOf(period: Period, bounds: DataBounds): PeriodPreset | 'custom' {
  const match = periodPresets.find((preset) => {
    const candidate = presetPeriod(preset, bounds);
    return candidate.from === period.from && candidate.to === period.to;
  });
  return match ?? 'custom';
}
