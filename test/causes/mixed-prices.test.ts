import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, writeTempFile } from '../support/test-store.ts';

// A carrier that sells two categories at very different prices, and breaks only the cheap one.
// Every line is one unit ordered on 10 January 2025 and asked back 10 days later, refunded in full
// with 5 of reverse shipping and nothing recovered; a late resolution (30 June) takes the data's end
// past January's return window, so every line is settled and compared in one stratum of its category.
//
//   Calzado (100 a unit): OCA 100 lines, 10 back; Andreani 100 lines, 10 back   (10 % each)
//   Hogar    (10 a unit): OCA 100 lines, 30 back; Andreani 100 lines, 10 back   (30 % against 10 %)
//
// Each category has two SKUs, half of each carrier's lines and returns each, so no SKU stands out.
// OCA: 40 of 200 back against a baseline of 10 (Calzado) + 10 (Hogar) = 20: 20 extra units, all of
// them Hogar units at 10 each.
const plan = [
  { category: 'Calzado', price: 100, carrier: 'OCA', back: 10 },
  { category: 'Calzado', price: 100, carrier: 'Andreani', back: 10 },
  { category: 'Hogar', price: 10, carrier: 'OCA', back: 30 },
  { category: 'Hogar', price: 10, carrier: 'Andreani', back: 10 },
];

function shopCsv() {
  const orders = ['order_id,ordered_at,sku,category,quantity,unit_price,currency,carrier'];
  const returns = ['return_id,order_id,sku,quantity,reason,requested_at,resolved_at,resolution,amount,shipping_cost,recovered_value'];
  for (const { category, price, carrier, back } of plan) {
    for (let n = 0; n < 100; n++) {
      const sku = `${category.slice(0, 3).toUpperCase()}-${n % 2}`;
      const orderId = `${carrier}-${category}-${n}`;
      orders.push(`${orderId},2025-01-10 10:00:00,${sku},${category},1,${price},ARS,${carrier}`);
      if (n >= back) continue;
      const resolvedAt = n === 0 && carrier === 'Andreani' && category === 'Calzado' ? '2025-06-30 10:00:00' : '2025-01-25 10:00:00';
      returns.push(`R-${orderId},${orderId},${sku},1,damaged_in_transit,2025-01-20 10:00:00,${resolvedAt},refund,${price},5,0`);
    }
  }
  return { orders: writeTempFile('orders.csv', `${orders.join('\n')}\n`), returns: writeTempFile('returns.csv', `${returns.join('\n')}\n`) };
}

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore({ withShop: shopCsv() });
});
afterAll(() => store.close());

describe('money at stake when a suspect sells at different prices', () => {
  it('values the excess where it is: OCA’s extra returns are Hogar units at 10, not its average returned unit', async () => {
    const { findings } = await parseResponse(store.client.api.causes.$get({ query: { from: '2025-01-01', to: '2025-01-31' } }));
    const oca = findings.find((f) => f.dimension === 'carrier' && f.values.carrier === 'OCA')!;
    expect(oca, 'OCA is a finding').toBeDefined();
    // 40 of 200 back; baseline 10 % of 100 (Calzado) + 10 % of 100 (Hogar) = 20 of 200
    expect(oca.evidence).toMatchObject({ unitsSold: 200, unitsReturned: 40 });
    expect(oca.evidence.baselineRate).toBeCloseTo(20 / 200, 12);
    // 40 − 20 = 20 extra units: 10 − 10 = 0 in Calzado, 30 − 10 = 20 in Hogar
    expect(oca.money.excessUnits).toBeCloseTo(20, 9);
    // 0 × 100 + 20 × 10 = 200 (the average returned unit, (10 × 100 + 30 × 10) / 40 = 32.5, made it 650)
    expect(oca.money.excessValue).toBeCloseTo(200, 6);
    // 20 Hogar returns at 10 refunded + 5 shipped back = 300 (at the average net cost per return,
    // (10 × 105 + 30 × 15) / 40 = 37.5, it read 750)
    expect(oca.money.netCostSaved).toBeCloseTo(300, 6);
    expect(oca.sentence).toMatch(/exceso estimado \$\s?200$/);
  });
});
