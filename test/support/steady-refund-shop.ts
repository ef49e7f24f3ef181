import { writeTempFile } from './test-store.ts';

const dayMs = 86_400_000;
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/**
 * Two one-unit orders a day, F and S (price 100), from 1 January 2025 at 10:00; the export is
 * taken at `exported` (31 March 10:00 unless told), the day's orders included. Each is asked back
 * the next day and received the day after; F is refunded (100) a day after its receipt, S
 * `slowDays` (15 unless told) after. What had not happened by the export is blank (pending).
 * `extra` adds lines of the same shape: `orders` and `returns` CSV rows.
 */
export function steadyRefundShop(slowDays = 15, exported = '2025-03-31T10:00:00', extra: { orders: string[]; returns: string[] } = { orders: [], returns: [] }) {
  const exportedAt = Date.parse(`${exported}Z`);
  const orders = ['order_id,ordered_at,sku,category,quantity,unit_price,currency'];
  const returns = ['return_id,order_id,sku,quantity,reason,requested_at,received_at,resolved_at,resolution,amount'];
  for (let t = Date.parse('2025-01-01T10:00:00Z'); t <= exportedAt; t += dayMs) {
    for (const sku of ['F', 'S']) {
      const id = `${sku}${stamp(t).slice(0, 10)}`;
      orders.push(`${id},${stamp(t)},${sku},Cat,1,100,ARS`);
      const [requested, received] = [t + dayMs, t + 2 * dayMs];
      const resolved = received + (sku === 'F' ? 1 : slowDays) * dayMs;
      if (requested > exportedAt) continue;
      const done = resolved <= exportedAt;
      returns.push(`R${id},${id},${sku},1,defective,${stamp(requested)},${received <= exportedAt ? stamp(received) : ''},${done ? stamp(resolved) : ''},${done ? 'refund' : 'pending'},${done ? 100 : ''}`);
    }
  }
  orders.push(...extra.orders);
  returns.push(...extra.returns);
  return { orders: writeTempFile('orders.csv', `${orders.join('\n')}\n`), returns: writeTempFile('returns.csv', `${returns.join('\n')}\n`) };
}
