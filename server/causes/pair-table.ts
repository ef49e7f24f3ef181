// A pair such as OCA × CABA judged within its whole two-way table: its expected returns are what
// the carrier's and the region's main effects predict together (two-way-fit.ts). A table is
// built once per measure and shared by every cell of it.
import { monthSwing, perReturnedUnit, type Comparison } from './comparisons.ts';
import { binomialUpperTail, ratioExcessTest } from './excess-tests.ts';
import type { CountSource, Counts, Measure } from './slice-counts.ts';
import { TwoWayTable } from './two-way-fit.ts';

export interface PairCell {
  row: string | null;
  column: string | null;
  source: CountSource;
}

export class PairTable {
  private readonly tables = new Map<Measure, { lines: TwoWayTable; units: TwoWayTable }>();

  /** `shop`: the whole shop, whose month-to-month swing the monthly baseline follows. */
  constructor(
    private readonly cells: readonly PairCell[],
    private readonly shop: CountSource,
  ) {}

  private tablesFor(measure: Measure) {
    let tables = this.tables.get(measure);
    if (!tables) {
      const counts = this.cells.map((cell) => ({ cell, counts: cell.source.period(measure) }));
      const tableOf = (exposure: (c: Counts) => number, observed: (c: Counts) => number) =>
        new TwoWayTable(counts.map(({ cell, counts: c }) => ({ row: cell.row, column: cell.column, exposure: exposure(c), observed: observed(c) })));
      tables = { lines: tableOf((c) => c.lines, (c) => c.returnedLines), units: tableOf((c) => c.units, (c) => c.returnedUnits) };
      this.tables.set(measure, tables);
    }
    return tables;
  }

  compare(cell: PairCell, measure: Measure): Comparison {
    const suspect = cell.source.period(measure);
    const tables = this.tablesFor(measure);
    const lines = tables.lines.judge(cell.row, cell.column);
    const units = tables.units.judge(cell.row, cell.column);
    const baselineUnitRate = units && suspect.units > 0 ? units.expected / suspect.units : null;
    const baselineLineRate = lines && suspect.lines > 0 ? lines.expected / suspect.lines : null;
    return {
      suspect,
      baselineUnitRate,
      expectedReturnedLines: lines?.expected ?? null,
      test: () => {
        // The expectation is itself an estimate: it stands for `evidence` returns at the expected
        // rate, so the pair is tried against it as against a comparison of that size (rounded
        // down, erring on the side of caution). Its smallest attainable p-value is that of the cell
        // holding its whole row or column.
        if (!lines) return { p: 1, minimumP: 1 };
        const evidence = Math.floor(lines.evidence);
        const { p } = ratioExcessTest({ observed: suspect.returnedLines, expected: lines.expected }, { observed: evidence, expected: evidence });
        const share = lines.expected / (lines.expected + evidence);
        return { p, minimumP: evidence > 0 ? binomialUpperTail(lines.ceiling, lines.ceiling + evidence, share) : 1 };
      },
      // one cell, fitted over the whole period: its excess at its own average (a pair that sells
      // dear and cheap categories alike is not split by them; docs/metrics.md, "Money at stake")
      excessAmount: (amount) => (baselineUnitRate === null ? 0 : (suspect.returnedUnits - baselineUnitRate * suspect.units) * perReturnedUnit(suspect, amount)),
      // By month the table is too thin to fit: the period's baseline follows the shop's swing.
      month: (month) => {
        const inMonth = cell.source.month(measure, month);
        const swing = monthSwing(this.shop, month);
        return {
          month,
          suspect: inMonth,
          baselineUnitRate: baselineUnitRate === null || swing.units === null ? null : baselineUnitRate * swing.units,
          expectedReturnedLines: baselineLineRate === null || swing.lines === null ? null : inMonth.lines * baselineLineRate * swing.lines,
        };
      },
    };
  }
}
