// Expected returns in a two-way table (carrier × region, category × channel) when each row and
// each column acts as one factor on the rate: returns(i, j) ≈ lines(i, j) × rowFactor(i) ×
// columnFactor(j), a log-linear model of main effects with the lines as exposure, fitted by
// iterative proportional fitting so the expected counts add up to the rows' and the columns'
// observed returns. A cell that returns more than its row and column explain is an interaction: a
// carrier that breaks parcels in one region only, a channel that does badly with one category.
// Each cell is judged by a fit of the other cells (its own count would pull the fit toward
// itself), and of those without the cells that stand far above a first fit of the whole table: a
// real interaction in one cell should not tilt the baseline of the others. The fit is then an
// estimate from a few dozen cells, so the judgement says how many returns stand behind it.
export interface TwoWayCell {
  row: string | null;
  column: string | null;
  exposure: number;
  observed: number;
}

const MAX_ROUNDS = 200;
// Rounds stop once no factor moves by more than this share: far below any rate the finder reports.
const TOLERANCE = 1e-7;
// A cell this many standard errors above the first fit is left out of the others' fits: an
// interaction, not noise (one-sided p ≈ 0.001 on the normal curve; used only to pick those cells).
const OUTLIER_Z = 3.09;

/** The cells with their rows and columns numbered, so fits loop over arrays. */
class Indexed {
  readonly rowOf: number[];
  readonly columnOf: number[];
  readonly rowCount: number;
  readonly columnCount: number;
  private readonly rowIndex = new Map<string | null, number>();
  private readonly columnIndex = new Map<string | null, number>();

  constructor(readonly cells: readonly TwoWayCell[]) {
    const number = (index: Map<string | null, number>, value: string | null) => {
      if (!index.has(value)) index.set(value, index.size);
      return index.get(value)!;
    };
    this.rowOf = cells.map((c) => number(this.rowIndex, c.row));
    this.columnOf = cells.map((c) => number(this.columnIndex, c.column));
    this.rowCount = this.rowIndex.size;
    this.columnCount = this.columnIndex.size;
  }

  cellAt(row: string | null, column: string | null): number {
    const [r, c] = [this.rowIndex.get(row), this.columnIndex.get(column)];
    return this.cells.findIndex((_, i) => this.rowOf[i] === r && this.columnOf[i] === c);
  }

  /** Observed returns by row and by column over the cells kept. */
  margins(kept: (i: number) => boolean) {
    const rows = new Array<number>(this.rowCount).fill(0);
    const columns = new Array<number>(this.columnCount).fill(0);
    let total = 0;
    this.cells.forEach((cell, i) => {
      if (!kept(i)) return;
      rows[this.rowOf[i]!]! += cell.observed;
      columns[this.columnOf[i]!]! += cell.observed;
      total += cell.observed;
    });
    return { rows, columns, total };
  }
}

/** Row and column factors fitted to the kept cells; `start`: the factors to begin from. */
class TwoWayFit {
  readonly rowFactor: number[];
  readonly columnFactor: number[];

  constructor(
    private readonly table: Indexed,
    kept: (i: number) => boolean,
    start?: TwoWayFit,
  ) {
    this.rowFactor = start ? [...start.rowFactor] : new Array<number>(table.rowCount).fill(1);
    this.columnFactor = start ? [...start.columnFactor] : new Array<number>(table.columnCount).fill(1);
    const { rows, columns } = table.margins(kept);
    const keptCells = table.cells.map((_, i) => i).filter(kept);
    const [rowWeights, columnWeights] = [new Array<number>(table.rowCount), new Array<number>(table.columnCount)];
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const moved = Math.max(
        this.rescale(keptCells, this.rowFactor, rowWeights, rows, table.rowOf, this.columnFactor, table.columnOf),
        this.rescale(keptCells, this.columnFactor, columnWeights, columns, table.columnOf, this.rowFactor, table.rowOf),
      );
      if (moved < TOLERANCE) break;
    }
  }

  /**
   * Sets each factor so its margin's expected returns equal the observed; a row or column with no
   * kept cell keeps its factor. Returns the largest relative change.
   */
  private rescale(kept: readonly number[], factors: number[], weighted: number[], observed: number[], own: number[], other: number[], otherOf: number[]): number {
    weighted.fill(0);
    for (const i of kept) weighted[own[i]!]! += this.table.cells[i]!.exposure * other[otherOf[i]!]!;
    let moved = 0;
    factors.forEach((old, k) => {
      if (weighted[k] === 0) return;
      const next = observed[k]! / weighted[k]!;
      moved = Math.max(moved, Math.abs(next - old) / Math.max(old, next, Number.MIN_VALUE));
      factors[k] = next;
    });
    return moved;
  }

  expected(i: number): number {
    return this.table.cells[i]!.exposure * this.rowFactor[this.table.rowOf[i]!]! * this.columnFactor[this.table.columnOf[i]!]!;
  }
}

/** What a cell would return under its row's and its column's main effects, and how surely. */
export interface CellJudgement {
  expected: number;
  /**
   * The returns the expectation rests on, as one Poisson count with the same relative error:
   * 1 / (1/row + 1/column − 1/total) over the cells of the fit (the delta method on
   * log row + log column − log total).
   */
  evidence: number;
  /** The most the cell could return: all of its row's or all of its column's returns. */
  ceiling: number;
}

/**
 * A two-way table ready to judge its cells. Cells far above a first fit of the whole table (by
 * the adjusted residual, (observed − expected) / √(expected · (1 − row share) · (1 − column
 * share)), which allows for their pull on that fit) are left out of every other cell's fit.
 */
export class TwoWayTable {
  private readonly table: Indexed;
  private readonly first: TwoWayFit;
  private readonly farAbove: boolean[];
  private readonly all: ReturnType<Indexed['margins']>;

  constructor(cells: readonly TwoWayCell[]) {
    this.table = new Indexed(cells);
    this.first = new TwoWayFit(this.table, () => true);
    const all = (this.all = this.table.margins(() => true));
    this.farAbove = cells.map((c, i) => {
      const expected = this.first.expected(i);
      const variance = expected * (1 - all.rows[this.table.rowOf[i]!]! / all.total) * (1 - all.columns[this.table.columnOf[i]!]! / all.total);
      return variance > 0 && (c.observed - expected) / Math.sqrt(variance) > OUTLIER_Z;
    });
  }

  judge(row: string | null, column: string | null): CellJudgement | null {
    const cell = this.table.cellAt(row, column);
    if (cell < 0) return null;
    const kept = (i: number) => i !== cell && !this.farAbove[i];
    const { rows, columns, total } = this.table.margins(kept);
    const [r, c] = [this.table.rowOf[cell]!, this.table.columnOf[cell]!];
    if (rows[r] === 0 || columns[c] === 0) return null;
    const fit = new TwoWayFit(this.table, kept, this.first);
    return {
      expected: fit.expected(cell),
      evidence: 1 / (1 / rows[r]! + 1 / columns[c]! - 1 / total),
      ceiling: Math.min(this.all.rows[r]!, this.all.columns[c]!),
    };
  }
}
