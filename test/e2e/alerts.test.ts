import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser-harness.ts';

// A shop's March 2026, worked out by hand: 100 one-unit orders (four a day, 1–25 March), every 5th
// one back on 28 March, so the data ends on 28 March 2026, 09:00. The rule's 30-day window is
// 27 February – 28 March: 100 units sold, 20 back, a return rate of 20 %, above a 10 % threshold.
const orders = ['order_id,ordered_at,sku,category,quantity,unit_price'];
const returns = ['return_id,order_id,sku,quantity,reason,requested_at,resolution'];
for (let i = 1; i <= 100; i++) {
  const day = String(Math.ceil(i / 4)).padStart(2, '0');
  orders.push(`P-${i},2026-03-${day} 10:00:00,LAM-1,Hogar,1,100.00`);
  if (i % 5 === 0) returns.push(`D-${i},P-${i},LAM-1,1,defective,2026-03-28 09:00:00,refund`);
}

const eventually = { timeout: 30_000 };
const session = useBrowserSession({ demo: false });

async function api(path: string, init?: RequestInit) {
  const res = await fetch(`${session.server.url}${path}`, init);
  expect(res.status, path).toBe(200);
  return res.json();
}

async function importThroughApi(name: string, kind: string, content: string) {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([content]), name);
  await api('/api/imports', { method: 'POST', body: form });
}

describe('Alertas: a rule set on the page hears about the import that trips it', () => {
  it('creates a rule, imports a file that trips it, shows the badge and the alert, and opens its rows', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/alerts`);
    await page.getByRole('heading', { name: 'Alertas', level: 1 }).waitFor();
    await page.getByText('Todavía no hay reglas').waitFor();

    await page.getByRole('button', { name: 'Nueva regla' }).first().click();
    const form = page.getByRole('form', { name: 'Nueva regla' });
    await form.getByLabel('Qué vigilar').selectOption('threshold');
    await form.getByLabel('Nombre').fill('Tasa alta');
    await form.getByLabel('Umbral (%)').fill('10');
    await form.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Avisar si la tasa de devolución de toda la tienda supera 10,0% en los últimos 30 días').waitFor(eventually);
    expect(await page.locator('.side-nav__count').count()).toBe(0);

    await importThroughApi('pedidos.csv', 'orders', orders.join('\n'));
    await importThroughApi('devoluciones.csv', 'returns', returns.join('\n'));
    // the check runs after each import has answered: its alert is in the inbox once it has ended
    await expect.poll(async () => (await api('/api/alerts/unread-count')).unread, eventually).toBe(1);

    await page.reload();
    const alertsLink = page.getByRole('navigation', { name: 'Páginas', exact: true }).getByRole('link', { name: /^Alertas/ });
    await expect.poll(() => alertsLink.locator('.side-nav__count').innerText(), eventually).toBe('1');
    const entry = page.locator('.alert-entry').first();
    await expect.poll(() => entry.innerText(), eventually).toContain('Toda la tienda: tasa de devolución 20% sin contar las pendientes, sobre el umbral de 10% (100 unidades vendidas, 2026-02-27 – 2026-03-28)');
    expect(await entry.innerText()).toContain('Regla: Tasa alta');

    await entry.getByRole('link', { name: 'Ver las filas' }).click();
    await page.waitForURL(/\/rows\?/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ from: '2026-02-27', to: '2026-03-28', basis: 'order' });
    // the 20 returns behind the rate
    await expect.poll(() => page.locator('.server-table tbody tr').count(), eventually).toBe(20);
    await session.screenshot('alerts-rows');
    expect(session.consoleErrors).toEqual([]);
  }, 120_000);
});
