import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineAnchors } from '../../../server/import/source/line-anchors.ts';

/** Anchors in file order: increasing file rows, each line past the previous anchor's rows. */
const anchorLists = fc
  .array(fc.record({ rowsSince: fc.integer({ min: 1, max: 50 }), extraLines: fc.integer({ min: 1, max: 5 }) }), { maxLength: 700 })
  .map((steps) => {
    const anchors: Array<[number, number]> = [[0, 1]];
    for (const { rowsSince, extraLines } of steps) {
      const [row, line] = anchors.at(-1)!;
      anchors.push([row + rowsSince, line + rowsSince + extraLines]);
    }
    return anchors;
  });

function filled(pairs: ReadonlyArray<[number, number]>): LineAnchors {
  const anchors = new LineAnchors();
  for (const [row, line] of pairs) anchors.add(row, line);
  return anchors;
}

describe('LineAnchors', () => {
  it('gives every row the line of its last anchor plus the rows since, past many growths of its arrays', () => {
    fc.assert(
      fc.property(anchorLists, fc.integer({ min: 0, max: 40_000 }), (pairs, fileRow) => {
        const anchors = filled(pairs);
        // the rule, read straight off the list
        const [row, line] = [...pairs].reverse().find(([r]) => r <= fileRow)!;
        expect(anchors.count).toBe(pairs.length);
        expect(anchors.lineOf(fileRow)).toBe(line + fileRow - row);
      }),
    );
  });

  it('writes them as file_row,line CSV in order', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-anchors-'));
    try {
      const pairs = Array.from({ length: 70_000 }, (_, i): [number, number] => [i * 2, i * 3 + 1]);
      await filled(pairs).writeCsv(path.join(dir, 'a.csv'));
      const text = fs.readFileSync(path.join(dir, 'a.csv'), 'utf8');
      expect(text).toBe(pairs.map(([r, l]) => `${r},${l}\n`).join(''));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
