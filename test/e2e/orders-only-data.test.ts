import { beforeAll, describe, expect, it } from 'vitest';
import { frameTitled as frame, importFixture, openSettled, settled, useBrowserSession } from './browser-harness.ts';

// An empty server given test/fixtures/small-shop/orders.csv alone: 22 order lines, 5 January to
// 10 March 2025, and no return. Nothing says the shop had no returns, only that none was imported:
// every return rate is unknown, and a page must say the returns are missing (and to import them)
// rather than draw 0 % lines, list 0,0 % rows or set "your shop: 0,0 %" beside a published rate.

const noReturns = 'Tus datos todavía no tienen devoluciones.';
const importReturns = 'Para verlo, importá tus devoluciones (un archivo de devoluciones, o uno combinado con los pedidos).';

const session = useBrowserSession({ demo: false });
beforeAll(() => importFixture(session, 'small-shop/orders.csv'));

describe('orders without any return, in the browser', () => {
  it('overview: the monthly rates and the breakdown say the returns are missing, with no 0 % line or row', async () => {
    const { page } = session;
    await openSettled(session, '/');
    const trend = frame(page, 'Tasa de devolución por mes');
    expect(await trend.innerText()).toContain(noReturns);
    expect(await trend.innerText()).toContain(importReturns);
    expect(await trend.locator('.recharts-surface').count()).toBe(0);
    const breakdown = frame(page, 'Devoluciones por categoría o producto');
    expect(await breakdown.innerText()).toContain(noReturns);
    expect(await breakdown.locator('tbody tr').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('0,0%');
    expect(await frame(page, 'Qué arreglar primero').innerText()).toContain(noReturns);
    await session.screenshot('orders-only-overview');
    expect(session.consoleErrors).toEqual([]);
  });

  it('return rate: no bar, no published figure set beside "your shop: 0,0 %"', async () => {
    const { page } = session;
    await openSettled(session, '/return-rate');
    await page.waitForLoadState('networkidle');
    expect(await frame(page, 'Tasa por categoría').innerText()).toContain(noReturns);
    expect(await page.locator('main .recharts-surface').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('0,0%');
    expect(await page.getByText('Tu tienda:').count()).toBe(0);
  });

  it('return rate over open months only: still no published figures beside an unknown rate, nor advice to widen the period', async () => {
    const { page } = session;
    // March 2025 alone: its window is open, so the shop has no settled part to set beside them either
    await openSettled(session, '/return-rate?from=2025-03-01&to=2025-03-10');
    // the panel would show once the benchmarks and the trend have answered: wait for every request, then look
    await page.waitForLoadState('networkidle');
    expect(await page.getByText('Tu tienda:').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Ampliá el período hacia atrás');
  });

  it('what to fix first: says the returns are missing, not to try a longer period', async () => {
    const { page } = session;
    await openSettled(session, '/causes');
    expect(await page.locator('main').innerText()).toContain(noReturns);
    expect(await page.locator('main').innerText()).not.toContain('Probá un período más largo');
  });

  it('customers: who returned and who serially returns are unknown, not 0 customers', async () => {
    const { page } = session;
    await openSettled(session, '/customers');
    const text = await page.locator('main').innerText();
    expect(text.split(noReturns).length - 1).toBe(2);
    expect(text).not.toMatch(/\b0 clientes/);
    expect(text).not.toContain('0,0%');
  });

  it('return policy: each answer says the returns are missing, not that the data has nothing to show', async () => {
    const { page } = session;
    await openSettled(session, '/return-policy');
    const text = await page.locator('main').innerText();
    expect(text.split(noReturns).length - 1).toBe(3);
    expect(text).not.toContain('Tus datos no tienen nada que mostrar acá.');
  });

  it('cycle times: the forecast says the returns are missing, not to come back when there is more history', async () => {
    const { page } = session;
    await openSettled(session, '/cycle-times');
    const forecast = frame(page, 'Previsión de devoluciones');
    expect(await forecast.innerText()).toContain(noReturns);
    expect(await forecast.innerText()).not.toContain('Volvé cuando haya más historia');
  });

  it('products: no table of 0 returned and 0,0 % per SKU', async () => {
    const { page } = session;
    await openSettled(session, '/products');
    expect(await page.locator('main').innerText()).toContain(noReturns);
    expect(await page.locator('main tbody tr').count()).toBe(0);
  });

  it('monthly review: the summary does not say the return rate was 0,0 %, nor that no cause is new or growing', async () => {
    const { page } = session;
    await openSettled(session, '/monthly-review');
    // the page's title shows before the dataset answers, with no frame yet to wait for: wait for the summary's own text
    const summary = frame(page, 'En resumen');
    await expect.poll(() => summary.innerText()).toContain(noReturns);
    await settled(page);
    expect(await page.locator('main').innerText()).not.toContain('0,0%');
    // nor "no new or growing finding", as if the returns had been searched
    expect(await frame(page, 'Causas nuevas o en aumento').innerText()).toContain(noReturns);
  });
});
