import { z } from 'zod';
import { reasons } from '../domain/returns-vocabulary.ts';
import type { DataRange } from './metric-queries.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a real calendar date');

const dimensionValue = z.string().trim().min(1).max(200).optional();

/** The filters every metrics route takes (docs/design.md, "The HTTP API"; docs/api.md, "Standard filters"). */
export const metricFiltersShape = {
    from: isoDate.optional(),
    to: isoDate.optional(),
    basis: z.enum(['order', 'return']).default('order'),
    category: dimensionValue,
    channel: dimensionValue,
    region: dimensionValue,
    carrier: dimensionValue,
    sku: dimensionValue,
    reason: z.enum(reasons as [string, ...string[]]).optional(),
    /** Only the returns requested by this moment, with only what had happened to them by then: the period's figures as they stood then. */
    requestedBy: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'expected a timestamp as YYYY-MM-DDTHH:MM:SS')
      .optional(),
};

/** The refinement every metrics route's query schema ends with: a period that runs forward. */
export const periodRunsForward: [(f: { from?: string; to?: string }) => boolean, { message: string; path: string[] }] = [
  (f) => !f.from || !f.to || f.from <= f.to,
  { message: 'from must not be after to', path: ['from'] },
];

/** `compare`, on every route that shows KPIs for a period. */
export const compareShape = { compare: z.enum(['previous', 'year']).optional() };

/** Server-side pagination of row tables. */
export const pageShape = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};

const metricFiltersSchema = z.object(metricFiltersShape).refine(...periodRunsForward);
export type MetricFilters = z.infer<typeof metricFiltersSchema>;

export interface Period {
  from: string;
  to: string;
}

/** A missing end of the period defaults to the data's own first or last date. */
export function resolvePeriod(filters: MetricFilters, range: DataRange): Period {
  if (filters.from && filters.to) return { from: filters.from, to: filters.to };
  const to = filters.to ?? range.lastDate ?? filters.from ?? '1970-01-01';
  const from = filters.from ?? range.firstDate ?? to;
  return { from: from <= to ? from : to, to };
}

/**
 * What ages and maturity are judged against: the data's latest timestamp, never the wall clock;
 * while the returns imported stop well before the orders, the returns' end (`agesAt`): past it,
 * nothing is known of returns, so no month after it is settled and no open return is older. Null
 * while the database is empty.
 */
export function agesAt(range: DataRange): string | null {
  return range.agesAt ?? range.lastTimestamp;
}

/** `agesAt`, or in an empty database, where nothing is aged, the period's last day. */
export function asOf(range: DataRange, period: Period): string {
  return agesAt(range) ?? `${period.to}T00:00:00`;
}

/**
 * The moment up to which the data can say whether someone bought: `asOf`, but no later than the
 * orders' end (their latest order or delivery). A returns export taken after the orders one runs
 * the data's latest timestamp past the orders: a customer whose days to buy again end between the
 * two has bought nothing the data could hold, and would read as one who did not come back.
 */
export function purchasesKnownAt(range: DataRange, period: Period): string {
  const judged = asOf(range, period);
  return range.ordersEnd && range.ordersEnd < judged ? range.ordersEnd : judged;
}

/**
 * The moment a period's ages and verdicts are judged at: `asOf`, or the earlier moment it is
 * counted as it stood (`requestedBy`: a comparison's same age), when nothing that happened after
 * was yet known.
 */
export function countedAt(range: DataRange, period: Period, filters: Pick<MetricFilters, 'requestedBy'>): string {
  return asStood(asOf(range, period), filters);
}

/** `judged`, or the filters' earlier `requestedBy`, the moment the period is counted as it stood. */
export function asStood(judged: string, filters: Pick<MetricFilters, 'requestedBy'>): string {
  return filters.requestedBy && filters.requestedBy < judged ? filters.requestedBy : judged;
}

const dayMs = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

/** How many days an inclusive period holds. */
export function periodDays({ from, to }: Period): number {
  return (toDate(to).getTime() - toDate(from).getTime()) / dayMs + 1;
}

/** The period just before, of the same length in days. */
export function previousPeriod({ from, to }: Period): Period {
  const length = periodDays({ from, to });
  const end = new Date(toDate(from).getTime() - dayMs);
  return { from: toIso(new Date(end.getTime() - (length - 1) * dayMs)), to: toIso(end) };
}

/** The first day of every month of the period. */
export function monthsOf({ from, to }: Period): string[] {
  const months: string[] = [];
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  for (let i = 0; ; i++) {
    const month = toIso(new Date(Date.UTC(fromYear, fromMonth - 1 + i, 1)));
    if (month > to) return months;
    months.push(month);
  }
}

/** The last day of a month given by its first day. */
export function monthEnd(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return toIso(new Date(Date.UTC(year, monthNumber, 0)));
}

/** The same dates a year earlier; 29 February falls back to the 28th. */
export function yearEarlierPeriod({ from, to }: Period): Period {
  const shift = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
    return toIso(new Date(Date.UTC(y - 1, m - 1, Math.min(d, lastDay))));
  };
  return { from: shift(from), to: shift(to) };
}

/** The standard filters bound as the scope macros read them: an absent one is NULL, "any". */
export function scopeParams(filters: MetricFilters, period: Period) {
  return {
    from: period.from,
    to: period.to,
    basis: filters.basis,
    category: filters.category ?? null,
    channel: filters.channel ?? null,
    region: filters.region ?? null,
    carrier: filters.carrier ?? null,
    sku: filters.sku ?? null,
    reason: filters.reason ?? null,
    requestedBy: filters.requestedBy ?? null,
  };
}
