// Generated shops for the nowcast's backtest (docs/metrics.md, "The nowcast", backtest): twenty
// months of orders and returns whose truth is known, with the noise a real shop has: demand by
// season and weekday, a return rate that wanders from month to month, categories that come back
// more or less and sooner or later, cohorts that return faster or slower than usual, multi-unit
// returns, and rejected ones. Written in the canonical headers the importer reads.
import fs from 'node:fs';
import path from 'node:path';
import { SeededRandom } from '../demo/seeded-random.ts';
import { normal, poisson } from '../curve/sampling.ts';

export interface GeneratedShopSpec {
  name: string;
  seed: number;
  /** The shop's mean share of lines returned, before the category's factor. */
  returnRate: number;
  /** Mean days from delivery to the request. */
  meanWaitDays: number;
  ordersPerDay: number;
}

/** Four shops, from few and slow returns to many and quick ones. */
export const generatedShops: readonly GeneratedShopSpec[] = [
  { name: 'generada-a', seed: 101, returnRate: 0.12, meanWaitDays: 9, ordersPerDay: 110 },
  { name: 'generada-b', seed: 202, returnRate: 0.2, meanWaitDays: 6, ordersPerDay: 80 },
  { name: 'generada-c', seed: 303, returnRate: 0.28, meanWaitDays: 13, ordersPerDay: 70 },
  { name: 'generada-d', seed: 404, returnRate: 0.36, meanWaitDays: 4, ordersPerDay: 60 },
];

/** The generated shops' data: 1 January 2024 to 31 August 2025. */
export const generatedShopMonths = { first: '2024-01-01', last: '2025-08-31' };

/** The moments a generated shop's exports are cut at: four, at different days of the month, each more than four months before its end. */
export const generatedShopCuts = ['2024-07-10 18:00:00', '2024-10-24 09:00:00', '2025-01-31 23:00:00', '2025-04-16 12:00:00'];

const categories = [
  { name: 'Calzado', price: 90, rateFactor: 1.4, waitFactor: 1.2 },
  { name: 'Ropa', price: 40, rateFactor: 1, waitFactor: 1 },
  { name: 'Hogar', price: 25, rateFactor: 0.45, waitFactor: 0.7 },
];
const seasonalDemand = [0.8, 0.8, 0.95, 1, 1.05, 1, 0.95, 0.95, 1, 1.05, 1.3, 1.6];
const weekdayDemand = [0.8, 1.05, 1.05, 1.05, 1.05, 1.1, 0.9];
const dayMs = 86_400_000;
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Writes a generated shop's orders and returns files into `dir`; returns their paths. */
export function writeGeneratedShop(spec: GeneratedShopSpec, dir: string): { orders: string; returns: string } {
  const random = new SeededRandom(spec.seed);
  const orders = ['order_id,ordered_at,sku,category,quantity,unit_price,delivered_at'];
  const returns = ['return_id,order_id,sku,quantity,reason,requested_at,received_at,resolved_at,resolution,amount'];
  const end = Date.parse(`${generatedShopMonths.last}T23:59:59Z`);
  let month = -1;
  let monthRate = 0;
  let monthWait = 0;
  for (let day = Date.parse(`${generatedShopMonths.first}T00:00:00Z`); day <= end; day += dayMs) {
    const date = new Date(day);
    if (date.getUTCMonth() !== month) {
      // each month's own rate and speed: the doubt a nowcast cannot learn from other months
      month = date.getUTCMonth();
      monthRate = spec.returnRate * Math.exp(0.12 * normal(random));
      monthWait = spec.meanWaitDays * Math.exp(0.15 * normal(random));
    }
    const count = poisson(spec.ordersPerDay * seasonalDemand[month]! * weekdayDemand[date.getUTCDay()]!, random);
    for (let k = 0; k < count; k++) {
      const orderId = `${spec.name}-${stamp(day).slice(0, 10)}-${k}`;
      const orderedAt = day + random.next() * dayMs;
      const deliveredAt = orderedAt + random.between(1, 6) * dayMs;
      const lines = random.chance(0.2) ? 2 : 1;
      for (let line = 0; line < lines; line++) {
        const category = categories[random.int(0, categories.length - 1)]!;
        const sku = `${category.name.slice(0, 3).toUpperCase()}-${random.int(1, 12)}-${line}`;
        const quantity = random.chance(0.85) ? 1 : random.chance(0.8) ? 2 : 3;
        orders.push(`${orderId},${stamp(orderedAt)},${sku},${category.name},${quantity},${category.price}.00,${stamp(deliveredAt)}`);
        if (!random.chance(monthRate * category.rateFactor)) continue;
        const requestedAt = deliveredAt + Math.min(60, -Math.log(1 - random.next()) * monthWait * category.waitFactor) * dayMs;
        const receivedAt = requestedAt + random.between(1, 5) * dayMs;
        const resolvedAt = receivedAt + random.between(0.2, 3) * dayMs;
        const rejected = random.chance(0.04);
        const returned = random.chance(0.9) ? quantity : 1;
        returns.push(
          `R-${orderId}-${line},${orderId},${sku},${returned},Talle pequeño,${stamp(requestedAt)},${stamp(receivedAt)},${stamp(resolvedAt)},` +
            `${rejected ? 'Rechazada' : 'Reembolso'},${rejected ? '' : `${returned * category.price}.00`}`,
        );
      }
    }
  }
  fs.mkdirSync(dir, { recursive: true });
  const files = { orders: path.join(dir, `${spec.name}-orders.csv`), returns: path.join(dir, `${spec.name}-returns.csv`) };
  fs.writeFileSync(files.orders, orders.join('\n'));
  fs.writeFileSync(files.returns, returns.join('\n'));
  return files;
}
