import { describe, expect, it } from 'vitest';
import { packedItems } from '../../server/import/mapping/packed-products.ts';

// How many "name × n" items a product cell lists, the whole cell being them (0: anything else).
describe('packedItems', () => {
  it.each([
    ['Camisa × 2, Pantalón × 1', 2],
    ['Camisa x 2, Pantalón x 1', 2],
    ['Camisa (x2), Pantalón (x1)', 2],
    ['Remera lisa (x2) | Buzo canguro (x1)', 2],
    // a variation's name holds a comma of its own, never right after a count
    ['Zapatilla Runner - Negro, 40 × 1, Medias deportivas × 3', 2],
    ['Camisa × 1, Pantalón × 2, Gorra × 1', 3],
    // one item alone: a shop's own names end so too
    ['Camisa × 1', 1],
    ['Pack x 3', 1],
    ['Remera 2 x 1', 1],
    ['Medias, pack x 3', 1],
    ['Set 3 × 2 m', 0],
    ['Camisa × 2, Pantalón', 0],
    ['Camisa, Pantalón', 0],
    ['× 2', 0],
    ['REM-01', 0],
  ])('%s → %i', (cell, items) => {
    expect(packedItems(cell)).toBe(items);
  });
});
