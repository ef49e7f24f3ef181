// Reproducible randomness for the demo data: the same seed must give the same bytes on every
// machine, so nothing here may touch Math.random. mulberry32 is written out rather than taken
// from pure-rand because pure-rand only arrives as a dev dependency of fast-check, while the
// demo generator runs from the installed app (`inversa demo-data`).

/** mulberry32 (Tommy Ettinger, public domain): 32-bit state, fast, fine for synthetic data, not for secrets. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** In [0, 1) but crowded towards 0: the long right tail of waiting times. */
  skewed(power: number): number {
    return this.next() ** power;
  }
}

/**
 * A stable uniform value in [0, 1) for (seed, key) without drawing from a stream: lets a repeat
 * customer keep the province of their first order without remembering every customer.
 */
export function hashToUnit(seed: number, key: number): number {
  return new SeededRandom((seed ^ Math.imul(key, 0x9e3779b1)) >>> 0).next();
}

/** Draws items in proportion to their weights (binary search over the running totals). */
export class WeightedTable<T> {
  private readonly items: T[] = [];
  private readonly runningTotals: number[] = [];
  private total = 0;

  constructor(entries: Iterable<readonly [T, number]>) {
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      this.total += weight;
      this.items.push(item);
      this.runningTotals.push(this.total);
    }
    if (this.items.length === 0) throw new Error('WeightedTable needs at least one positive weight');
  }

  draw(random: SeededRandom): T {
    return this.at(random.next());
  }

  /** The item at a uniform position in [0, 1). */
  at(unit: number): T {
    const target = unit * this.total;
    let low = 0;
    let high = this.runningTotals.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.runningTotals[middle] > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low];
  }
}
