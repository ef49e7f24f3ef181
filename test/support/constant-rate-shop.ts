import { writeTempFile } from './test-store.ts';

// A shop whose true return rate never changes: every day of 2025, ten orders of one unit at 10;
// the first order of each day comes back 5 days later, the second 40 days later: 20 % of units,
// half of them within 6 days of the order. The data ends at the last order, 2025-12-31 10:00, so
// the newest returns have not arrived yet. The tests that read it work their figures out by day
// of the year (1 January = day 0).
export const constantRateShop = {
  ordersPerDay: 10,
  returnDelays: [5, 40],
  dataEnd: '2025-12-31T10:00:00',
};

/**
 * A line of goods the shop sells at a constant rate: so many orders of one unit a day, the k-th
 * order of each day coming back `returnDelays[k]` days later (the others never), through `carrier`.
 */
export interface ConstantLine {
  sku: string;
  category?: string;
  carrier?: string;
  ordersPerDay: number;
  returnDelays: number[];
  /** The days of the year (1 January = 0) the line sells on: every day when absent, so a seasonal line can stop and start. */
  sellsOn?: (day: number) => boolean;
  /** How its returns end: refunded when absent. */
  resolution?: string;
}

const shopLine: ConstantLine = { sku: 'A', ordersPerDay: constantRateShop.ordersPerDay, returnDelays: constantRateShop.returnDelays };

const dayMs = 86_400_000;
const start = Date.UTC(2025, 0, 1, 10);
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** The constant-rate shop's orders file and its file of the returns requested by the data's end (its one line, or the lines given). */
export function constantRateShopFiles(lines: readonly ConstantLine[] = [shopLine]): { orders: string; returns: string } {
  const dataEnd = start + 364 * dayMs;
  const orders = ['order_id,ordered_at,sku,category,quantity,unit_price'];
  const returns = ['return_id,order_id,sku,quantity,requested_at,reason,resolution,amount,carrier'];
  for (let day = 0; day <= 364; day++) {
    for (const line of lines) {
      if (line.sellsOn && !line.sellsOn(day)) continue;
      for (let k = 0; k < line.ordersPerDay; k++) {
        const id = `D${day}-${line.sku}${k}`;
        orders.push(`${id},${stamp(start + day * dayMs)},${line.sku},${line.category ?? ''},1,10.00`);
        const delay = line.returnDelays[k];
        const requested = delay === undefined ? null : start + (day + delay) * dayMs;
        if (requested !== null && requested <= dataEnd) returns.push(`R-${id},${id},${line.sku},1,${stamp(requested)},Talle pequeño,${line.resolution ?? 'Reembolso'},10.00,${line.carrier ?? ''}`);
      }
    }
  }
  return { orders: writeTempFile('orders.csv', orders.join('\n')), returns: writeTempFile('returns.csv', returns.join('\n')) };
}
