import { filterParamsOnly, withFilterChanges, type FilterParam, type Filters } from '../filters/filter-params.ts';

// A drill-down is a page of its own (/rows) whose URL holds the view's filters, what was clicked,
// and the table's sort and page: a link to it reproduces the rows, and Back returns to the chart.

export const drillPath = '/rows';

export const drillViews = ['returns', 'orderLines'] as const;
export type DrillView = (typeof drillViews)[number];

/** Narrowing only rows have (see docs/api.md, "Drill-down"); the metrics filters come from the filter bar. */
export const narrowingParams = [
  'resolution', 'disposition', 'reasonGroup', 'preventable', 'customer', 'open', 'withReturns', 'daysOf', 'minDays', 'maxDays',
] as const;
export type NarrowingParam = (typeof narrowingParams)[number];
export type Narrowing = Partial<Record<NarrowingParam, string>>;

export interface DrillTarget {
  view: DrillView;
  /** Filter-bar values the click sets or clears: the bar's category, the point's month. */
  filters?: Partial<Record<FilterParam, string | null>>;
  narrowing?: Narrowing;
}

/** The search string of the drill-down page for a click, from the current page's parameters. */
export function drillDownSearch(current: URLSearchParams, target: DrillTarget): string {
  const next = withFilterChanges(filterParamsOnly(current), target.filters ?? {});
  if (target.view !== 'returns') next.set('view', target.view);
  for (const [name, value] of Object.entries(target.narrowing ?? {})) if (value) next.set(name, value);
  return next.toString();
}

export function readView(params: URLSearchParams): DrillView {
  return params.get('view') === 'orderLines' ? 'orderLines' : 'returns';
}

export function readNarrowing(params: URLSearchParams): Narrowing {
  const narrowing: Narrowing = {};
  for (const name of narrowingParams) {
    const value = params.get(name);
    if (value) narrowing[name] = value;
  }
  return narrowing;
}

const dayMs = 86_400_000;

/** The days of one month that lie in the period: what a click on a monthly point drills into. */
export function monthWithinPeriod(month: string, period: Pick<Filters, 'from' | 'to'>): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const first = month.slice(0, 10);
  const last = new Date(Date.UTC(year, monthNumber, 1) - dayMs).toISOString().slice(0, 10);
  return { from: first > period.from ? first : period.from, to: last < period.to ? last : period.to };
}

/** The returns of one month of a monthly chart, with the view's other filters. */
export function monthTarget(filters: Pick<Filters, 'from' | 'to'>, month: string, narrowing?: Narrowing): DrillTarget {
  return { view: 'returns', filters: monthWithinPeriod(month, filters), narrowing };
}
