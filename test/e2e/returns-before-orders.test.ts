import { beforeAll, describe, expect, it } from 'vitest';
import { importFile, openSettled, useBrowserSession } from './browser-harness.ts';

// An orders export of February 2025 (one order of 10 a day) and a returns export reaching back to
// 5 January (R0, of an order not in the data): the data begins on 5 January, its orders in
// February. February set against January has no baseline (beforeData), and the note saying why
// names where the orders begin: "the data begins on 5 January" would not explain a comparison
// period of 4–31 January that has returns in it.

const session = useBrowserSession({ demo: false });
beforeAll(async () => {
  const orders = ['order_id,ordered_at,sku,quantity,unit_price'];
  for (let d = 1; d <= 28; d++) orders.push(`F${d},2025-02-${String(d).padStart(2, '0')} 10:00:00,A,1,10.00`);
  await importFile(session, 'orders-february.csv', orders.join('\n'));
  await importFile(
    session,
    'returns.csv',
    ['return_id,order_id,sku,quantity,requested_at,reason,resolution,amount', 'R0,OLD1,A,1,2025-01-05 10:00:00,Talle pequeño,Reembolso,10.00', 'R1,F1,A,1,2025-02-05 10:00:00,Talle pequeño,Reembolso,10.00'].join('\n'),
  );
});

describe('returns that begin before the orders, in the browser', () => {
  it('February against January: no change, because the orders begin in February', async () => {
    await openSettled(session, '/?from=2025-02-01&to=2025-02-28&compare=previous');
    const text = await session.page.locator('main').innerText();
    expect(text).toContain('Los pedidos de los datos empiezan en febrero de 2025: el período de comparación no está entero en ellos, así que no se muestran variaciones');
    expect(text).not.toContain('Los datos empiezan el');
    expect(session.consoleErrors).toEqual([]);
  });
});
