// The rows of causes_cells.sql as counts the comparisons can add and subtract: the rest of a
// category is the category minus the SKU, a carrier is the sum of its carrier × category slices.
import type { SliceKind, SliceMonths, SliceRow } from './cause-queries.ts';

/** Every reason, or one canonical reason code. */
export type Measure = 'all' | string;

/** What a slice sold, and what came back for one measure. Money is known over the period and by return age, not by month. */
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

/**
 * A slice, which can tell its counts by stratum of return age too: a month still collecting
 * returns (YYYY-MM-01), or `settled`, the months before it together.
 */
export interface AgedCountSource extends CountSource {
  ofAge(measure: Measure, age: string): Counts;
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

/**
 * Counts by measure for each key (a stratum, a month) of what was sold and what came back, into
 * `into`: a key with returns and no sales (basis=return: requested in a month nothing was ordered)
 * has returns only.
 */
function byMeasureAndKey(into: Map<string, Map<Measure, Counts>>, sold: readonly { key: string; lines: number; units: number }[], returned: readonly (Returned & { key: string })[]) {
  const returnsByKey = new Map<string, Returned[]>();
  for (const r of returned) returnsByKey.set(r.key, [...(returnsByKey.get(r.key) ?? []), r]);
  const soldKeys = new Set(sold.map((s) => s.key));
  for (const s of sold) into.set(s.key, byMeasure(s.lines, s.units, returnsByKey.get(s.key) ?? []));
  for (const [key, returns] of returnsByKey) if (!soldKeys.has(key)) into.set(key, byMeasure(0, 0, returns));
}

/** A measure with no returns here still has the slice's sales. */
function soldIn(counts: Map<Measure, Counts>, measure: Measure): Counts {
  const all = counts.get('all')!;
  return counts.get(measure) ?? { ...noCounts, lines: all.lines, units: all.units };
}

const keyedIn = (counts: Map<string, Map<Measure, Counts>>, key: string, measure: Measure) => {
  const found = counts.get(key);
  return found ? soldIn(found, measure) : noCounts;
};

/** One row of causes_cells.sql, indexed by measure; its months, when read, from causes_monthly.sql. */
export class Slice implements AgedCountSource {
  private readonly periodCounts: Map<Measure, Counts>;
  private readonly ageCounts = new Map<string, Map<Measure, Counts>>();
  private readonly monthCounts = new Map<string, Map<Measure, Counts>>();

  constructor(readonly row: SliceRow) {
    this.periodCounts = byMeasure(row.lines, row.units, row.strataReturns);
    byMeasureAndKey(
      this.ageCounts,
      row.strata.map((s) => ({ ...s, key: s.stratum })),
      row.strataReturns.map((r) => ({ ...r, key: r.stratum })),
    );
  }

  addMonths({ months, monthlyReturns }: SliceMonths): void {
    byMeasureAndKey(
      this.monthCounts,
      months.map((m) => ({ ...m, key: m.month })),
      monthlyReturns.map((r) => ({ ...r, key: r.month })),
    );
  }

  period(measure: Measure): Counts {
    return soldIn(this.periodCounts, measure);
  }

  ofAge(measure: Measure, age: string): Counts {
    return keyedIn(this.ageCounts, age, measure);
  }

  month(measure: Measure, month: string): Counts {
    return keyedIn(this.monthCounts, month, measure);
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
  /** Every stratum of return age any slice sold or had returns in: each comparison is made within them. */
  readonly ages: readonly string[];

  constructor(rows: readonly SliceRow[]) {
    const reasons = new Set<string>();
    const ages = new Set<string>();
    for (const row of rows) {
      this.slices.set(SliceTable.key(row.slice, row.category, row.value, row.secondValue), new Slice(row));
      for (const r of row.strataReturns) {
        reasons.add(r.reason);
        ages.add(r.stratum);
      }
      for (const s of row.strata) ages.add(s.stratum);
    }
    this.reasons = [...reasons].sort();
    this.ages = [...ages].sort();
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
