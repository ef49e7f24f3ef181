// Everything the cause finder puts on trial, each with what it is compared with. A category on
// its own is not a suspect: footwear always comes back more than mugs, so "Calzado above the other
// categories" says what the shop is, not what broke. Categories are the yardstick instead: a SKU is
// compared with the rest of its category, a channel, region or carrier with the other values
// category by category, and a category shows up in a category × channel pair (a channel that does
// worse with that category than its own and the category's overall levels predict).
import { stratifiedComparison, type Comparison, type Stratum } from './comparisons.ts';
import { PairTable } from './pair-table.ts';
import type { Measure, Slice, SliceTable } from './slice-counts.ts';

export const causeDimensions = ['sku', 'channel', 'region', 'carrier', 'carrier_region', 'category_channel'] as const;
export type CauseDimension = (typeof causeDimensions)[number];

/** The standard filters that select a suspect's lines: its drill-down. */
export type SuspectValues = Partial<Record<'sku' | 'category' | 'channel' | 'region' | 'carrier', string>>;

export interface Suspect {
  dimension: CauseDimension;
  values: SuspectValues;
  /** For a SKU, the category it is compared within (null when its lines have none). */
  category?: string | null;
  unitsSold: number;
  compare(measure: Measure): Comparison;
}

function skuSuspects(table: SliceTable): Suspect[] {
  return table.ofKind('sku').flatMap((slice) => {
    const { category, value: sku, units } = slice.row;
    const group = table.get('category', category);
    if (sku === null || !group) return [];
    return [{
      dimension: 'sku' as const,
      values: { sku },
      category,
      unitsSold: units,
      compare: (measure: Measure) => stratifiedComparison([{ suspect: slice, group }], measure, table.ages),
    }];
  });
}

/** A channel, region or carrier value with its strata: one per category it sold in. */
function strataOf(table: SliceTable, dimension: 'channel' | 'region' | 'carrier') {
  const values = new Set(table.ofKind(dimension).map((s) => s.row.value).filter((v) => v !== null));
  return [...values].map((value) => ({
    value,
    strata: table.categories().flatMap((group) => {
      const suspect = table.get(dimension, group.row.category, value);
      return suspect ? [{ suspect, group }] : [];
    }),
  }));
}

const unitsOf = (strata: readonly Stratum[]) => strata.reduce((sum, s) => sum + s.suspect.period('all').units, 0);

function singleValueSuspects(table: SliceTable, dimension: 'channel' | 'region' | 'carrier'): Suspect[] {
  return strataOf(table, dimension).map(({ value, strata }) => ({
    dimension,
    values: { [dimension]: value },
    unitsSold: unitsOf(strata),
    compare: (measure: Measure) => stratifiedComparison(strata, measure, table.ages),
  }));
}

/**
 * Pairs are judged within their two-way table: each cell against what its row's and its column's
 * main effects predict (a carrier that breaks parcels everywhere is the carrier's finding, not a
 * finding in every region).
 */
function pairSuspects(
  table: SliceTable,
  slices: readonly Slice[],
  dimension: 'carrier_region' | 'category_channel',
  axes: (row: Slice['row']) => { row: string | null; column: string | null; values: SuspectValues },
): Suspect[] {
  const cells = slices.map((slice) => ({ slice, ...axes(slice.row) }));
  const pairs = new PairTable(cells.map(({ row, column, slice }) => ({ row, column, source: slice })), table.shop());
  return cells
    .filter(({ row, column }) => row !== null && column !== null)
    .map((cell) => ({
      dimension,
      values: cell.values,
      unitsSold: cell.slice.row.units,
      compare: (measure: Measure) => pairs.compare({ row: cell.row, column: cell.column, source: cell.slice }, measure),
    }));
}

const carrierRegionSuspects = (table: SliceTable) =>
  pairSuspects(table, table.ofKind('carrier_region'), 'carrier_region', (r) => ({
    row: r.value,
    column: r.secondValue,
    values: { carrier: r.value!, region: r.secondValue! },
  }));

const categoryChannelSuspects = (table: SliceTable) =>
  pairSuspects(table, table.ofKind('channel'), 'category_channel', (r) => ({
    row: r.category,
    column: r.value,
    values: { category: r.category!, channel: r.value! },
  }));

/** What tells a suspect apart from every other in a table: the same in any table read from the same rows. */
export const suspectKey = (s: Suspect) => JSON.stringify([s.dimension, s.category ?? null, s.values]);

/** Every suspect with at least minUnits units sold. */
export function suspectsIn(table: SliceTable, minUnits: number): Suspect[] {
  return [
    ...skuSuspects(table),
    ...singleValueSuspects(table, 'channel'),
    ...singleValueSuspects(table, 'region'),
    ...singleValueSuspects(table, 'carrier'),
    ...carrierRegionSuspects(table),
    ...categoryChannelSuspects(table),
  ].filter((s) => s.unitsSold >= minUnits);
}

/**
 * The values whose months causes_monthly.sql must read for these suspects' series: their own
 * slices (a pair's cell is read through its carrier and region, or its channel); the categories,
 * which every comparison needs, it reads always.
 */
export function valuesToRead(suspects: readonly Suspect[]) {
  const lists = { skus: new Set<string>(), channels: new Set<string>(), regions: new Set<string>(), carriers: new Set<string>() };
  for (const { values } of suspects) {
    if (values.sku) lists.skus.add(values.sku);
    if (values.channel) lists.channels.add(values.channel);
    if (values.region) lists.regions.add(values.region);
    if (values.carrier) lists.carriers.add(values.carrier);
  }
  return { skus: [...lists.skus], channels: [...lists.channels], regions: [...lists.regions], carriers: [...lists.carriers] };
}
