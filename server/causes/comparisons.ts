// What a suspect is compared with, and how. Like for like within strata: a SKU against the rest
// of its category; a channel, region or carrier against the other values of its dimension,
// category by category, so a channel that sells more footwear is not blamed for footwear coming
// back more. Pairs (carrier × region, category × channel) are judged within their two-way table
// instead (pair-table.ts).
import { stratifiedExcessTest } from './excess-tests.ts';
import { minus, plus, noCounts, type CountSource, type Counts, type Measure } from './slice-counts.ts';

export interface MonthComparison {
  month: string;
  suspect: Counts;
  /** The suspect's unit return rate that month were it like its comparison; null where nothing compares. */
  baselineUnitRate: number | null;
  /** The lines that would have come back that month were it like its comparison. */
  expectedReturnedLines: number | null;
}

export interface Comparison {
  /** The suspect's counts (over the comparable strata). */
  suspect: Counts;
  baselineUnitRate: number | null;
  /** The lines that would have come back were it like its comparison. */
  expectedReturnedLines: number | null;
  test(): { p: number; minimumP: number };
  month(month: string): MonthComparison;
}

export interface Stratum {
  suspect: CountSource;
  /** The stratum as a whole, suspect included: its rest is the comparison. */
  group: CountSource;
}

const unitRate = (c: Counts) => (c.units > 0 ? c.returnedUnits / c.units : null);
const lineRate = (c: Counts) => (c.lines > 0 ? c.returnedLines / c.lines : null);

/**
 * How a month's return rate (every reason) stands to the period's, in lines and in units: the
 * monthly baseline is the period's baseline times this swing, so it follows the season (December's
 * gifts) without the noise of a month's own comparison, which for a rare reason is a handful of
 * returns.
 */
export function monthSwing(reference: CountSource, month: string): { lines: number | null; units: number | null } {
  const [inMonth, period] = [reference.month('all', month), reference.period('all')];
  const swing = (monthRate: number | null, periodRate: number | null) => (monthRate === null || !periodRate ? null : monthRate / periodRate);
  return { lines: swing(lineRate(inMonth), lineRate(period)), units: swing(unitRate(inMonth), unitRate(period)) };
}

/** A stratum where both the suspect and the rest sold something: only there is there a comparison. */
interface ComparedStratum {
  stratum: Stratum;
  own: Counts;
  rest: Counts;
  restUnitRate: number;
  restLineRate: number;
}

/**
 * A class, not an object of arrow functions: a scan of a large catalogue makes tens of thousands
 * of comparisons, and functions made per comparison (each given its name at run time by the
 * TypeScript loader) cost more than the comparing.
 */
class StratifiedComparison implements Comparison {
  readonly suspect: Counts;
  readonly baselineUnitRate: number | null;
  readonly expectedReturnedLines: number | null;
  private readonly compared: ComparedStratum[] = [];

  constructor(
    strata: readonly Stratum[],
    private readonly measure: Measure,
  ) {
    let suspect = noCounts;
    let expectedUnits = 0;
    let expectedLines = 0;
    for (const stratum of strata) {
      const own = stratum.suspect.period(measure);
      const rest = minus(stratum.group.period(measure), own);
      if (own.lines === 0 || rest.lines === 0) continue;
      const restUnitRate = unitRate(rest)!;
      const restLineRate = lineRate(rest)!;
      this.compared.push({ stratum, own, rest, restUnitRate, restLineRate });
      suspect = plus(suspect, own);
      expectedUnits += own.units * restUnitRate;
      expectedLines += own.lines * restLineRate;
    }
    this.suspect = suspect;
    this.baselineUnitRate = this.compared.length > 0 && suspect.units > 0 ? expectedUnits / suspect.units : null;
    this.expectedReturnedLines = this.compared.length > 0 ? expectedLines : null;
  }

  test(): { p: number; minimumP: number } {
    return stratifiedExcessTest(
      this.compared.map(({ own, rest }) => ({ suspect: { lines: own.lines, returned: own.returnedLines }, rest: { lines: rest.lines, returned: rest.returnedLines } })),
    );
  }

  month(month: string): MonthComparison {
    const compared = this.compared;
    const reference: CountSource = {
      period: (m) => sumOf(compared, (s) => s.group.period(m)),
      month: (m, at) => sumOf(compared, (s) => s.group.month(m, at)),
    };
    const swing = monthSwing(reference, month);
    let inMonth = noCounts;
    let monthUnits = 0;
    let monthLines = 0;
    for (const { stratum, restUnitRate, restLineRate } of compared) {
      const own = stratum.suspect.month(this.measure, month);
      inMonth = plus(inMonth, own);
      monthUnits += own.units * restUnitRate;
      monthLines += own.lines * restLineRate;
    }
    return {
      month,
      suspect: inMonth,
      baselineUnitRate: swing.units === null || inMonth.units === 0 ? null : (monthUnits / inMonth.units) * swing.units,
      expectedReturnedLines: swing.lines === null ? null : monthLines * swing.lines,
    };
  }
}

export function stratifiedComparison(strata: readonly Stratum[], measure: Measure): Comparison {
  return new StratifiedComparison(strata, measure);
}

function sumOf(strata: readonly ComparedStratum[], read: (s: Stratum) => Counts): Counts {
  return strata.reduce((sum, s) => plus(sum, read(s.stratum)), noCounts);
}
