// The rows of causes_cells.sql as counts the comparisons can add and subtract: the rest of a
// category is the category minus the SKU, a carrier is the sum of its carrier × category slices.
import type { SliceKind, SliceMonths, SliceRow } from './cause-queries.ts';

/** Every reason, or one canonical reason code. */
export type Measure = 'all' | string;

/** What a slice sold, and what came back for one measure. Money is known for the period only. */
export interface Counts {
  lines: number;
  units: number;
  returnedLines: number;
  returnedUnits: number;
  returnedValue: number;
  netCost: number;
}

export const noCounts: Counts = { lines: 0, units: 0, returnedLines: 0, returnedUnits: 0, returnedValue: 0, netCost: 0 };

function combine(a: Counts, b: Counts, sign: 1 | -1): Counts {
  return {
    lines: a.lines + sign * b.lines,
    units: a.units + sign * b.units,
    returnedLines: a.returnedLines + sign * b.returnedLines,
    returnedUnits: a.returnedUnits + sign * b.returnedUnits,
    returnedValue: a.returnedValue + sign * b.returnedValue,
    netCost: a.netCost + sign * b.netCost,
  };
}

export const plus = (a: Counts, b: Counts) => combine(a, b, 1);
export const minus = (a: Counts, b: Counts) => combine(a, b, -1);

/** Anything that can tell its counts for a measure, over the period and by month (YYYY-MM-01). */
export interface CountSource {
  period(measure: Measure): Counts;
  month(measure: Measure, month: string): Counts;
}

type Returned = { reason: string; lines: number; units: number; returnedValue?: number; netCost?: number };

/** Counts by measure: what was sold, with the returns of each reason and of all of them. */
function byMeasure(lines: number, units: number, returns: readonly Returned[]): Map<Measure, Counts> {
  const counts = new Map<Measure, Counts>([['all', { ...noCounts, lines, units }]]);
  for (const r of returns) {
    for (const measure of ['all', r.reason]) {
      let c = counts.get(measure);
      if (!c) counts.set(measure, (c = { ...noCounts, lines, units }));
      c.returnedLines += r.lines;
      c.returnedUnits += r.units;
      c.returnedValue += r.returnedValue ?? 0;
      c.netCost += r.netCost ?? 0;
    }
  }
  return counts;
}

/** A measure with no returns here still has the slice's sales. */
function soldIn(counts: Map<Measure, Counts>, measure: Measure): Counts {
  const all = counts.get('all')!;
  return counts.get(measure) ?? { ...noCounts, lines: all.lines, units: all.units };
}

/** One row of causes_cells.sql, indexed by measure; its months, when read, from causes_monthly.sql. */
export class Slice implements CountSource {
  private readonly periodCounts: Map<Measure, Counts>;
  private readonly monthCounts = new Map<string, Map<Measure, Counts>>();

  constructor(readonly row: SliceRow) {
    this.periodCounts = byMeasure(row.lines, row.units, row.returns);
  }

  addMonths({ months, monthlyReturns }: SliceMonths): void {
    const returnsByMonth = new Map<string, SliceMonths['monthlyReturns']>();
    for (const r of monthlyReturns) returnsByMonth.set(r.month, [...(returnsByMonth.get(r.month) ?? []), r]);
    for (const m of months) this.monthCounts.set(m.month, byMeasure(m.lines, m.units, returnsByMonth.get(m.month) ?? []));
    // returns of a month with no sales in it (basis=return: requested in a month nothing was ordered)
    for (const [month, returns] of returnsByMonth) if (!this.monthCounts.has(month)) this.monthCounts.set(month, byMeasure(0, 0, returns));
  }

  period(measure: Measure): Counts {
    return soldIn(this.periodCounts, measure);
  }

  month(measure: Measure, month: string): Counts {
    const counts = this.monthCounts.get(month);
    return counts ? soldIn(counts, measure) : noCounts;
  }
}

/** Several slices taken together, such as one carrier over every category. */
export class SliceSum implements CountSource {
  private readonly periodCounts = new Map<Measure, Counts>();

  constructor(private readonly parts: readonly CountSource[]) {}

  period(measure: Measure): Counts {
    let counts = this.periodCounts.get(measure);
    if (!counts) {
      counts = this.parts.reduce((sum, part) => plus(sum, part.period(measure)), noCounts);
      this.periodCounts.set(measure, counts);
    }
    return counts;
  }

  month(measure: Measure, month: string): Counts {
    return this.parts.reduce((sum, part) => plus(sum, part.month(measure, month)), noCounts);
  }
}

/** The slices of one request, found by kind, category and value(s). */
export class SliceTable {
  private readonly slices = new Map<string, Slice>();
  readonly reasons: readonly string[];

  constructor(rows: readonly SliceRow[]) {
    const reasons = new Set<string>();
    for (const row of rows) {
      this.slices.set(SliceTable.key(row.slice, row.category, row.value, row.secondValue), new Slice(row));
      for (const r of row.returns) reasons.add(r.reason);
    }
    this.reasons = [...reasons].sort();
  }

  private static key(kind: SliceKind, category: string | null, value: string | null, secondValue: string | null): string {
    return JSON.stringify([kind, category, value, secondValue]);
  }

  get(kind: SliceKind, category: string | null, value: string | null = null, secondValue: string | null = null): Slice | undefined {
    return this.slices.get(SliceTable.key(kind, category, value, secondValue));
  }

  /** The months of the slices causes_monthly.sql read. */
  addMonths(rows: readonly SliceMonths[]): void {
    for (const row of rows) this.get(row.slice, row.category, row.value, row.secondValue)?.addMonths(row);
  }

  ofKind(kind: SliceKind): Slice[] {
    return [...this.slices.values()].filter((s) => s.row.slice === kind);
  }

  /** The categories as the strata every like-for-like comparison is made within. */
  categories(): Slice[] {
    return this.ofKind('category');
  }

  /** A channel, region or carrier over every category. */
  valueOverCategories(kind: 'channel' | 'region' | 'carrier', value: string): SliceSum {
    return new SliceSum(this.ofKind(kind).filter((s) => s.row.value === value));
  }

  shop(): SliceSum {
    return new SliceSum(this.categories());
  }
}
