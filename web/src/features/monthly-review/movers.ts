// "What changed": the values of each dimension whose return rate moved most against the
// comparison period, ranked by the units that move accounts for at today's sales.

export const moverDimensions = ['category', 'sku', 'channel', 'region', 'carrier', 'reason'] as const;
export type MoverDimension = (typeof moverDimensions)[number];

export interface MoverRow {
  key: string | null;
  unitsSold: number;
  unitsReturned: number;
  returnRateUnits: number | null;
}

export interface Mover {
  dimension: MoverDimension;
  key: string;
  rateNow: number;
  rateBefore: number;
  /** Change of the rate, as a fraction (0.021 = 2.1 points). */
  change: number;
  unitsSoldNow: number;
  unitsReturnedNow: number;
  unitsReturnedBefore: number;
  /** Units returned now that the change of rate accounts for: change × units sold now. */
  impactUnits: number;
}

export interface MoverOptions {
  /** Both periods need this many units sold, so a handful of sales never tops the list. */
  minUnitsSold?: number;
  /** A move worth fewer units than this is noise. */
  minImpactUnits?: number;
  limit?: number;
}

export function findMovers(
  periods: { dimension: MoverDimension; now: readonly MoverRow[]; before: readonly MoverRow[] }[],
  { minUnitsSold = 30, minImpactUnits = 3, limit = 6 }: MoverOptions = {},
): Mover[] {
  const movers: Mover[] = [];
  for (const { dimension, now, before } of periods) {
    const earlier = new Map(before.map((row) => [row.key, row]));
    for (const row of now) {
      const old = earlier.get(row.key);
      if (row.key === null || !old || row.returnRateUnits === null || old.returnRateUnits === null) continue;
      if (row.unitsSold < minUnitsSold || old.unitsSold < minUnitsSold) continue;
      const change = row.returnRateUnits - old.returnRateUnits;
      const impactUnits = change * row.unitsSold;
      if (Math.abs(impactUnits) < minImpactUnits) continue;
      movers.push({
        dimension,
        key: row.key,
        rateNow: row.returnRateUnits,
        rateBefore: old.returnRateUnits,
        change,
        unitsSoldNow: row.unitsSold,
        unitsReturnedNow: row.unitsReturned,
        unitsReturnedBefore: old.unitsReturned,
        impactUnits,
      });
    }
  }
  return movers.sort((a, b) => Math.abs(b.impactUnits) - Math.abs(a.impactUnits) || a.key.localeCompare(b.key)).slice(0, limit);
}

/**
 * The mover the summary says drove the rate ("driven by", "mostly thanks to"): a value, not a reason,
 * that moved the way the rate went and accounts for at least half of the units the change of rate
 * stands for (`changeUnits`: the change × the units sold now), a category before any other. None
 * when no one value does: five categories each falling alike drove it together, and naming the
 * first would claim more than the figures show.
 */
export function driverOf(movers: readonly Mover[], changeUnits: number | null): Mover | undefined {
  if (changeUnits === null || changeUnits === 0) return undefined;
  const drivers = movers.filter((mover) => mover.dimension !== 'reason' && mover.impactUnits / changeUnits >= 0.5);
  return drivers.find((mover) => mover.dimension === 'category') ?? drivers[0];
}
