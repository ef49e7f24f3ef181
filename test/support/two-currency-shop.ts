// Two stores' exports in one database: shoes sold in pesos, home goods in dollars, both carried by
// OCA and Andreani. Every line is one unit ordered on 10 January 2025 and asked back 10 days later
// as damaged, refunded in full; a late resolution (30 June) takes the data's end past January's
// return window, so every line is settled and compared in one stratum of its category.
//
//   Calzado (100 ARS a unit): OCA 100 lines, 10 back; Andreani 100 lines, 10 back   (10 % each)
//   Hogar    (10 USD a unit): OCA 100 lines, 30 back; Andreani 100 lines, 10 back   (30 % against 10 %)
//
// OCA: 40 of 200 back against a baseline of 10 + 10 = 20: 20 extra units, all Hogar units at 10
// each, an excess of 200 (dollars here, but a sum of both currencies in general).
const plan = [
  { category: 'Calzado', price: 100, currency: 'ARS', carrier: 'OCA', back: 10 },
  { category: 'Calzado', price: 100, currency: 'ARS', carrier: 'Andreani', back: 10 },
  { category: 'Hogar', price: 10, currency: 'USD', carrier: 'OCA', back: 30 },
  { category: 'Hogar', price: 10, currency: 'USD', carrier: 'Andreani', back: 10 },
];

/** The shop's orders file and returns file, as text. */
export function twoCurrencyShop(): { orders: string; returns: string } {
  const orders = ['order_id,ordered_at,sku,category,quantity,unit_price,currency,carrier'];
  const returns = ['return_id,order_id,sku,quantity,reason,requested_at,resolved_at,resolution,amount'];
  for (const { category, price, currency, carrier, back } of plan) {
    for (let n = 0; n < 100; n++) {
      const sku = `${category.slice(0, 3).toUpperCase()}-${n % 2}`;
      const orderId = `${carrier}-${category}-${n}`;
      orders.push(`${orderId},2025-01-10 10:00:00,${sku},${category},1,${price},${currency},${carrier}`);
      if (n >= back) continue;
      const resolvedAt = n === 0 && carrier === 'Andreani' && category === 'Calzado' ? '2025-06-30 10:00:00' : '2025-01-25 10:00:00';
      returns.push(`R-${orderId},${orderId},${sku},1,damaged_in_transit,2025-01-20 10:00:00,${resolvedAt},refund,${price}`);
    }
  }
  return { orders: `${orders.join('\n')}\n`, returns: `${returns.join('\n')}\n` };
}
