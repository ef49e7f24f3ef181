import { beforeAll, describe, expect, it } from 'vitest';
import { frameTitled, importFile, openSettled, useBrowserSession } from './browser-harness.ts';

// A shop that started this month: three orders in March 2025 and two returns, the data ending with
// Q2's resolution on 28 March 10:00. March's window (30 days from its last order, S3 on 20 March)
// is still open: no month of the data is final, and none can be by looking further back.
const orders = `order_id,ordered_at,sku,quantity,unit_price
S1,2025-03-03 10:00:00,A,2,100.00
S2,2025-03-10 10:00:00,B,1,50.00
S3,2025-03-20 10:00:00,A,1,100.00
`;
const returns = `return_id,order_id,sku,quantity,reason_raw,requested_at,received_at,resolved_at,resolution,amount
Q1,S1,A,1,Talle pequeño,2025-03-12 10:00:00,2025-03-14 10:00:00,2025-03-15 10:00:00,Reembolso,100.00
Q2,S2,B,1,Cambié de opinión,2025-03-25 10:00:00,2025-03-27 10:00:00,2025-03-28 10:00:00,Cambio,50.00
`;

const session = useBrowserSession({ demo: false });
beforeAll(async () => {
  await importFile(session, 'orders.csv', orders);
  await importFile(session, 'returns.csv', returns);
});

describe('a shop with a single, still open month, in the browser', () => {
  it('the outside benchmarks do not advise widening the period back: the data has no earlier month', async () => {
    const { page } = session;
    // the default period, the last 12 months, starts with the data on 3 March
    await openSettled(session, '/return-rate');
    await page.waitForLoadState('networkidle');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Ningún mes de tus datos cerró todavía su ventana de devolución');
    expect(text).not.toContain('Ampliá el período hacia atrás');
  });

  it('the headline rate says it is provisional: 2 of 4 units, 50,0 %, can still rise', async () => {
    const { page } = session;
    await openSettled(session, '/');
    const card = page.locator('.kpi-card').first();
    expect(await card.locator('.kpi-card__value').innerText()).toBe('50,0%');
    expect(await card.locator('.kpi-card__provisional').count()).toBe(1);
  });

  it('value recovery: the waterfall, a sum over the open month, says its figures can still change', async () => {
    const { page } = session;
    await openSettled(session, '/value-recovery');
    expect(await frameTitled(page, 'Del valor devuelto al costo neto').innerText()).toContain('Provisorio: el período incluye meses cuya ventana de devolución sigue abierta');
  });
});
