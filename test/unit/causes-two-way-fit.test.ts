import { describe, expect, it } from 'vitest';
import { TwoWayTable } from '../../server/causes/two-way-fit.ts';

const cell = (row: string, column: string, exposure: number, observed: number) => ({ row, column, exposure, observed });

/** A 3 × 3 table, 100 lines a cell, 10 returns a cell except where given. */
function table(overrides: Record<string, number> = {}) {
  return ['A', 'B', 'C'].flatMap((row) => ['x', 'y', 'z'].map((column) => cell(row, column, 100, overrides[row + column] ?? 10)));
}

describe('TwoWayTable', () => {
  it('predicts each cell of a table without interaction from the others, whatever the mix of exposures', () => {
    // rates = row factor × column factor: A 0.1, B 0.2; x ×1, y ×3. Row B sells mostly y.
    const rate = { A: 0.1, B: 0.2 } as const;
    const lift = { x: 1, y: 3 } as const;
    const exposures = { A: { x: 900, y: 100 }, B: { x: 100, y: 900 } } as const;
    const cells = (['A', 'B'] as const).flatMap((r) => (['x', 'y'] as const).map((c) => cell(r, c, exposures[r][c], exposures[r][c] * rate[r] * lift[c])));
    const judged = new TwoWayTable(cells);
    for (const c of cells) expect(judged.judge(c.row, c.column)!.expected).toBeCloseTo(c.observed, 4);
  });

  it('judges a cell by a fit of the others, and leaves a far-off cell out of the others’ fits', () => {
    // A·x returns 50 where every other cell returns 10 on the same lines. A plain fit of the whole
    // table would expect B·y at 30 · 30 / 130 ≈ 6.9, making it look high; without A·x, every cell
    // fits at 10, so A·x is expected at 10 and so is B·y.
    const judged = new TwoWayTable(table({ Ax: 50 }));
    const ax = judged.judge('A', 'x')!;
    expect(ax.expected).toBeCloseTo(10, 4);
    // the fit rests on row A's other 20 returns, column x's other 20 and 80 in all
    expect(ax.evidence).toBeCloseTo(1 / (1 / 20 + 1 / 20 - 1 / 80), 10);
    expect(ax.ceiling).toBe(70);
    // B·y's fit leaves out both itself and A·x: 20, 20 and 70 in all
    const by = judged.judge('B', 'y')!;
    expect(by.expected).toBeCloseTo(10, 4);
    expect(by.evidence).toBeCloseTo(1 / (1 / 20 + 1 / 20 - 1 / 70), 10);
  });

  it('keeps an ordinary cell in the others’ fits', () => {
    // A·x at 13 is within noise: B·y's fit still counts it (20 + 23 others in column x … 83 in all)
    const by = new TwoWayTable(table({ Ax: 13 })).judge('B', 'y')!;
    expect(by.evidence).toBeCloseTo(1 / (1 / 20 + 1 / 20 - 1 / 83), 10);
  });

  it('cannot judge a cell alone in its row, nor one not in the table', () => {
    const judged = new TwoWayTable([cell('A', 'x', 100, 5), cell('B', 'x', 100, 5), cell('B', 'y', 100, 5)]);
    expect(judged.judge('A', 'x')).toBeNull();
    expect(judged.judge('C', 'x')).toBeNull();
  });
});
