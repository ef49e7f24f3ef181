import { ImportError } from '../import-error.ts';
import type { ColumnMapping } from './propose-mapping.ts';

// WooCommerce's own Analytics › Orders export writes one row per order, its products packed in
// one cell: "Camisa × 2, Pantalón - Azul, M × 1". Read as one product per row, the whole cell was
// the product, its unit price the order's total ÷ its items, and no return naming "Camisa" linked.

/** A count ending an item: "× 2", "x 2", "x2", "(x2)", "(× 2)". */
const count = String.raw`\s(?:[×xX]\s?\d+|\(\s?[×xX]\s?\d+\s?\))`;
/** One item: a name with a letter in it, then its count. */
const item = new RegExp(String.raw`^(?=.*\p{L}).+?${count}$`, 'u');
/**
 * Where one item ends and the next begins: ", " or " | " right after a count. A name may hold a
 * comma of its own (WooCommerce names a variation "Pantalón - Azul, M"), never after a count.
 */
const between = new RegExp(String.raw`(?<=${count})\s?[,|]\s`, 'u');

/**
 * How many "name × n" items a cell lists, the whole cell being them: 0 when it is anything else.
 * A product's own name may end in a count ("Pack x 3", "Remera 2 x 1"), so one item alone says
 * little; a cell of two or more is a list.
 */
export function packedItems(cell: string): number {
  const items = cell.trim().split(between);
  return items.every((i) => item.test(i)) ? items.length : 0;
}

/**
 * A column is packed when most of its values are "name × n" items and at least two list two or
 * more: one shop naming its products "Pack x 3" writes one item per cell, and a single odd cell
 * is a name, not a pattern.
 */
function packedColumn(values: readonly string[]): { lists: number; example: string } | undefined {
  const counted = values.map((v) => ({ v, n: packedItems(v) }));
  const itemised = counted.filter((c) => c.n > 0).length;
  const lists = counted.filter((c) => c.n >= 2);
  return itemised * 2 > values.length && lists.length >= 2 ? { lists: lists.length, example: lists[0]!.v } : undefined;
}

/**
 * Refuses a file whose product column (SKU or name) packs an order's products in one cell, on the
 * rows sampled for the mapping: its units and totals would add up, but every product's figures,
 * its unit prices and its returns' links would be wrong, and no mapping makes them right. Only an
 * export with one row per product can.
 */
export function refusePackedProducts(mapping: ColumnMapping, rows: ReadonlyArray<Record<string, string | null>>): void {
  for (const field of ['sku', 'product_name']) {
    const header = mapping[field];
    if (header === undefined) continue;
    const values = rows.map((r) => r[header]?.trim()).filter((v): v is string => !!v);
    const packed = packedColumn(values);
    if (!packed) continue;
    throw new ImportError(
      422,
      'products_packed_per_order',
      `"${header}" lists several products in one cell ("${packed.example}", ${packed.lists} of the first ${values.length} rows): this export has one row per order, so no product's units, price or returns can be told. ` +
        'Export the orders with one row per product instead: from WooCommerce an order export with a row per item (such as Advanced Order Export), not Analytics › Orders; from another platform its order lines or order items report.',
      { column: header, example: packed.example, rowsWithSeveral: packed.lists, rowsSampled: values.length },
    );
  }
}
