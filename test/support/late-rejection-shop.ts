import { writeTempFile } from './test-store.ts';

// A shop that rejects returns some days after receiving them. Ten one-unit orders at 10 every day of
// 2025 at 10:00 (data ends at the last order, 31 December 10:00). The first order of each day is
// asked back 5 days later and refunded the same day; with `rejectsLate`, the second is asked back 5
// days later too and rejected 20 days after the request (25 days after the order), pending until
// then. Rejected returns are in no rate: every complete month reads 10 % either way.
// 1 January = day 0; a return requested after the data's end is not in the file.
const dayMs = 86_400_000;
const start = Date.UTC(2025, 0, 1, 10);
const dataEnd = start + 364 * dayMs;
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

export const lateRejectionShop = { requestAfterDays: 5, rejectAfterDays: 25, dataEnd: '2025-12-31T10:00:00' };

/** The shop's orders and returns files: with or without the second order's late rejections. */
export function lateRejectionShopFiles(rejectsLate: boolean): { orders: string; returns: string } {
  const orders = ['order_id,ordered_at,sku,category,quantity,unit_price'];
  const returns = ['return_id,order_id,sku,quantity,requested_at,resolved_at,reason,resolution,amount'];
  for (let day = 0; day <= 364; day++) {
    for (let k = 0; k < 10; k++) {
      const id = `D${day}-${k}`;
      const ordered = start + day * dayMs;
      orders.push(`${id},${stamp(ordered)},A,Ropa,1,10.00`);
      const requested = ordered + lateRejectionShop.requestAfterDays * dayMs;
      if (requested > dataEnd) continue;
      if (k === 0) returns.push(`R-${id},${id},A,1,${stamp(requested)},${stamp(requested)},Talle pequeño,refund,10.00`);
      if (k === 1 && rejectsLate) {
        const rejected = ordered + lateRejectionShop.rejectAfterDays * dayMs;
        const known = rejected <= dataEnd;
        returns.push(`R-${id},${id},A,1,${stamp(requested)},${known ? stamp(rejected) : ''},Talle pequeño,${known ? 'rejected' : 'pending'},`);
      }
    }
  }
  return { orders: writeTempFile('orders.csv', orders.join('\n')), returns: writeTempFile('returns.csv', returns.join('\n')) };
}
