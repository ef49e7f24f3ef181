// What a suspect is compared with, and how. Like for like within strata: a SKU against the rest
// of its category; a channel, region or carrier against the other values of its dimension,
// category by category, so a channel that sells more footwear is not blamed for footwear coming
// back more. Pairs (carrier × region, category × channel) are judged within their two-way table
// instead (pair-table.ts).
import { stratifiedExcessTest } from './excess-tests.ts';
import { minus, plus, noCounts, type AgedCountSource, type CountSource, type Counts, type Measure } from './slice-counts.ts';

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
  /**
   * The excess returned units valued where they are: each compared stratum's extra units at the
   * suspect's own `amount` per returned unit in that stratum (a carrier that breaks only the cheap
   * category's parcels has cheap extra returns, whatever its dear ones cost). A stratum where the
   * suspect had no returns (so fewer than its baseline) takes its average over the strata compared.
   */
  excessAmount(amount: (c: Counts) => number): number;
}

/** `amount` per returned unit of these counts; 0 without returns. */
export const perReturnedUnit = (c: Counts, amount: (c: Counts) => number) => (c.returnedUnits > 0 ? amount(c) / c.returnedUnits : 0);

export interface Stratum {
  suspect: AgedCountSource;
  /** The stratum as a whole, suspect included: its rest is the comparison. */
  group: AgedCountSource;
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

/** A stratum where both the suspect and the rest sold something over the period: the series' comparison. */
interface ComparedStratum {
  stratum: Stratum;
  restUnitRate: number;
  restLineRate: number;
}

/** One stratum of return age within a stratum, where both the suspect and the rest sold something: the test's comparison. */
interface ComparedAge {
  own: Counts;
  rest: Counts;
}

/**
 * A class, not an object of arrow functions: a scan of a large catalogue makes tens of thousands
 * of comparisons, and functions made per comparison (each given its name at run time by the
 * TypeScript loader) cost more than the comparing.
 *
 * The test and the baseline set the suspect against the rest within each stratum of return age
 * too (each month still collecting returns on its own, the settled months together): while the
 * last months still collect returns, a suspect that sold only in earlier months (a discontinued
 * SKU, the carrier used before a switch) would otherwise be set against a rest still waiting for
 * its returns, and look worse for that alone.
 */
class StratifiedComparison implements Comparison {
  readonly suspect: Counts;
  readonly baselineUnitRate: number | null;
  readonly expectedReturnedLines: number | null;
  private readonly compared: ComparedStratum[] = [];
  private readonly comparedAges: ComparedAge[] = [];

  constructor(
    strata: readonly Stratum[],
    private readonly measure: Measure,
    ages: readonly string[],
  ) {
    let suspect = noCounts;
    let expectedUnits = 0;
    let expectedLines = 0;
    for (const stratum of strata) {
      const own = stratum.suspect.period(measure);
      const rest = minus(stratum.group.period(measure), own);
      if (own.lines === 0 || rest.lines === 0) continue;
      this.compared.push({ stratum, restUnitRate: unitRate(rest)!, restLineRate: lineRate(rest)! });
      for (const age of ages) {
        const ownOfAge = stratum.suspect.ofAge(measure, age);
        const restOfAge = minus(stratum.group.ofAge(measure, age), ownOfAge);
        if (ownOfAge.lines === 0 || restOfAge.lines === 0) continue;
        this.comparedAges.push({ own: ownOfAge, rest: restOfAge });
        suspect = plus(suspect, ownOfAge);
        expectedUnits += ownOfAge.units * unitRate(restOfAge)!;
        expectedLines += ownOfAge.lines * lineRate(restOfAge)!;
      }
    }
    this.suspect = suspect;
    this.baselineUnitRate = this.comparedAges.length > 0 && suspect.units > 0 ? expectedUnits / suspect.units : null;
    this.expectedReturnedLines = this.comparedAges.length > 0 ? expectedLines : null;
  }

  test(): { p: number; minimumP: number } {
    return stratifiedExcessTest(
      this.comparedAges.map(({ own, rest }) => ({ suspect: { lines: own.lines, returned: own.returnedLines }, rest: { lines: rest.lines, returned: rest.returnedLines } })),
    );
  }

  excessAmount(amount: (c: Counts) => number): number {
    const average = perReturnedUnit(this.suspect, amount);
    let sum = 0;
    for (const { own, rest } of this.comparedAges) {
      const excessUnits = own.returnedUnits - own.units * unitRate(rest)!;
      sum += excessUnits * (own.returnedUnits > 0 ? amount(own) / own.returnedUnits : average);
    }
    return sum;
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

/** `ages`: the strata of return age of the counts (SliceTable.ages), each compared within each of `strata`. */
export function stratifiedComparison(strata: readonly Stratum[], measure: Measure, ages: readonly string[]): Comparison {
  return new StratifiedComparison(strata, measure, ages);
}

function sumOf(strata: readonly ComparedStratum[], read: (s: Stratum) => Counts): Counts {
  return strata.reduce((sum, s) => plus(sum, read(s.stratum)), noCounts);
}
