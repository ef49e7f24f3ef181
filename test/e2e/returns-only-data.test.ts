import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { frameTitled as frame, importFixture, openSettled, useBrowserSession } from './browser-harness.ts';

// An empty server given test/fixtures/small-shop/returns.csv alone: 8 returns requested 12 January
// to 12 March 2025 and no order line. By order date no return links to an order placed in any
// period, so every figure would read 0 (0 returns, 0 refunded) as if measured: the app counts by
// return date, where the same 8 returns give their money, and says the rates need the orders.

const noOrders = 'Tus datos no tienen pedidos: sin las ventas no hay tasa de devolución.';
const importOrders = 'Para verlo, importá tus pedidos: las ventas son la base de cada tasa.';

const session = useBrowserSession({ demo: false });
beforeAll(() => importFixture(session, 'small-shop/returns.csv'));

const card = (page: Page, label: string) => page.locator('.kpi-card').filter({ has: page.getByRole('heading', { name: label, exact: true }) });

describe('returns without any order, in the browser', () => {
  it('overview: counted by return date (order date cannot be chosen); the money is measured, the rates say the orders are missing', async () => {
    const { page } = session;
    await openSettled(session, '/');
    expect(await page.getByRole('radio', { name: 'Devolución' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Pedido' }).isDisabled()).toBe(true);
    // the default period holds all 8 returns (12 January to 16 March 2025, the data's whole range):
    // refunds R1 100 + R6 180 + R7 100 + R8 200 = 580 (no currency: the orders carry it); 8 returns, R4 (rejected) included
    expect(await card(page, 'Reembolsado').locator('.kpi-card__value').innerText()).toBe('580');
    expect(await card(page, 'Reembolsado').locator('.kpi-card__detail').innerText()).toBe('8 devoluciones');
    // retained: the exchange R2 120 + the store credit R3 50 = 170
    expect(await card(page, 'Valor retenido').locator('.kpi-card__value').innerText()).toBe('170');
    for (const label of ['Tasa de devolución (unidades)', 'Tasa de devolución (pedidos)', 'Tasa de devolución (valor)']) {
      expect(await card(page, label).locator('.kpi-card__value').innerText(), label).toBe('—');
      expect(await card(page, label).locator('.kpi-card__detail').innerText(), label).toBe(noOrders);
    }
    const trend = frame(page, 'Tasa de devolución por mes');
    expect(await trend.innerText()).toContain(noOrders);
    expect(await trend.innerText()).toContain(importOrders);
    await session.screenshot('returns-only-overview');
    expect(session.consoleErrors).toEqual([]);
  });

  it('customers: without orders nobody can be seen buying again or returning most of what they bought', async () => {
    const { page } = session;
    await openSettled(session, '/customers');
    const text = await page.locator('main').innerText();
    expect(text.split(noOrders).length - 1).toBe(2);
    expect(text).not.toMatch(/\b0 clientes/);
    expect(text).not.toContain('0,0%');
  });

  it('return policy: what a window would have saved is unknown (no date to count from), not 0; the curve says the orders are missing', async () => {
    const { page } = session;
    await openSettled(session, '/return-policy');
    const windowAnswer = page.locator('.policy-answer').first();
    expect(await windowAnswer.locator('.policy-answer__figure').innerText()).toBe('—');
    expect(await windowAnswer.locator('dd').allInnerTexts()).toEqual(['—', '—', '—']);
    // the assumption under it says why: none of the 8 returns has a date to count from
    expect(await windowAnswer.innerText()).toContain('8 devoluciones sin su línea de pedido');
    expect(await frame(page, /Devoluciones según días desde la entrega/).innerText()).toContain(noOrders);
  });

  it('products and what to fix first: no rate to rank by, and no count of "0 products" or "0 findings"', async () => {
    const { page } = session;
    await openSettled(session, '/products');
    expect(await page.locator('main h2').allInnerTexts()).toContain('— productos');
    expect(await page.locator('main').innerText()).toContain(noOrders);
    await openSettled(session, '/causes');
    expect(await page.locator('main h2').allInnerTexts()).toContain('— hallazgos');
    expect(await page.locator('main').innerText()).toContain(noOrders);
  });

  it('a link asking for order date still counts by return date', async () => {
    const { page } = session;
    await openSettled(session, '/?basis=order');
    expect(await page.getByRole('radio', { name: 'Devolución' }).isChecked()).toBe(true);
    expect(await card(page, 'Reembolsado').locator('.kpi-card__value').innerText()).toBe('580');
  });
});
