// A generated shop for the forecast's backtest (docs/metrics.md, "The return forecast"): two years
// of orders whose demand grows, swings with the seasons and the weekday, jumps for a November sale
// week and the weeks before Christmas, and is noisy from day to day; three categories that return at
// their own rates and speeds, through two reverse carriers. Its files are the truth a backtest cuts
// at several dates and imports, to see what a forecast made then would have said.
import { SeededRandom, WeightedTable } from '../demo/seeded-random.ts';

export interface SeasonalShopOptions {
  seed: number;
  /** First day of orders, YYYY-MM-DD; the shop runs for `days` days. */
  start: string;
  days: number;
  /** Orders on an ordinary day at the start, before season, weekday and noise. */
  baseOrders: number;
  /** Demand's growth over a year: 0.2 is 20 % more orders a year later. */
  yearlyGrowth: number;
}

interface ShopCategory {
  name: string;
  share: number;
  returnRate: number;
  /** Days to the request: `minDays` plus a long tail up to `minDays + tailDays`. */
  minDays: number;
  tailDays: number;
}

const categories: ShopCategory[] = [
  { name: 'Calzado', share: 0.4, returnRate: 0.22, minDays: 3, tailDays: 45 },
  { name: 'Indumentaria', share: 0.4, returnRate: 0.14, minDays: 2, tailDays: 35 },
  { name: 'Hogar', share: 0.2, returnRate: 0.05, minDays: 4, tailDays: 60 },
];
const carriers = new WeightedTable([
  ['Andreani', 0.6],
  ['Correo Argentino', 0.4],
] as const);

const dayMs = 86_400_000;
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Demand on a day, relative to the base: growth, a yearly wave peaking in late autumn, weekdays, sales. */
function demandFactor(date: Date, dayIndex: number, yearlyGrowth: number): number {
  const dayOfYear = (date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / dayMs;
  const wave = 1 + 0.3 * Math.cos((2 * Math.PI * (dayOfYear - 300)) / 365);
  const weekday = [0.8, 1.05, 1.05, 1, 1, 1.1, 0.85][date.getUTCDay()]!;
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const saleWeek = month === 10 && day >= 24 ? 2.2 : 1;
  const christmas = month === 11 && day <= 20 ? 1.4 : 1;
  return (1 + yearlyGrowth * (dayIndex / 365)) * wave * weekday * saleWeek * christmas;
}

/** The shop's orders and returns as CSV text, every return the truth holds (requested up to its end). */
export function generateSeasonalShop(options: SeasonalShopOptions): { orders: string; returns: string } {
  const random = new SeededRandom(options.seed);
  const categoryTable = new WeightedTable(categories.map((category) => [category, category.share] as const));
  const startMs = Date.parse(`${options.start}T00:00:00Z`);
  const endMs = startMs + options.days * dayMs;
  const orders = ['order_id,ordered_at,sku,category,quantity,unit_price'];
  const returns = ['return_id,order_id,sku,quantity,requested_at,reason,resolution,amount,carrier'];
  let orderNo = 0;
  for (let dayIndex = 0; dayIndex < options.days; dayIndex++) {
    const dayStart = startMs + dayIndex * dayMs;
    // day-to-day noise on demand: a log-normal-ish factor around 1
    const noise = Math.exp(0.15 * (random.next() + random.next() + random.next() - 1.5) * 2);
    const count = Math.round(options.baseOrders * demandFactor(new Date(dayStart), dayIndex, options.yearlyGrowth) * noise);
    for (let k = 0; k < count; k++) {
      const id = `S${++orderNo}`;
      const category = categoryTable.draw(random);
      const quantity = random.chance(0.1) ? 2 : 1;
      const orderedAt = dayStart + random.next() * dayMs;
      const sku = `${category.name.slice(0, 3).toUpperCase()}-${random.int(1, 20)}`;
      orders.push(`${id},${stamp(orderedAt)},${sku},${category.name},${quantity},100.00`);
      if (!random.chance(category.returnRate)) continue;
      const requestedAt = orderedAt + (category.minDays + category.tailDays * random.skewed(2.5)) * dayMs;
      if (requestedAt >= endMs) continue;
      returns.push(`R${id},${id},${sku},${quantity},${stamp(requestedAt)},Talle pequeño,Reembolso,${100 * quantity}.00,${carriers.draw(random)}`);
    }
  }
  return { orders: orders.join('\n'), returns: returns.join('\n') };
}
