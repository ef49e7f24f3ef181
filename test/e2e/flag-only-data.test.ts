import { beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, frameTitled as frame, importFixture, openSettled, useBrowserSession } from './browser-harness.ts';

// An empty server given test/fixtures/layouts/combined-flag-only.csv: 11 order lines, 19 units,
// 881.5 sold; 4 lines flagged returned (7 units, 386.5) and nothing else about them (see
// test/api/flag-only-data.test.ts for the figures worked out by hand). The rates are measured;
// refunds, retention, recovered value, net cost, cycle times, open returns and reasons are not in
// the file, and each page must say so rather than show 0, an "other" bar, or open parcels.

const percent = (value: number) => new Intl.NumberFormat('es-AR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
const noRefunds = 'Tus datos no tienen importes reembolsados ni resoluciones de las devoluciones.';

const session = useBrowserSession({ demo: false });
beforeAll(() => importFixture(session, 'layouts/combined-flag-only.csv'));

describe('a combined file with only a 0/1 return flag, in the browser', () => {
  it('overview: the rates are shown; refunded, retained, recovered and net cost say the data lacks them, none shows 0', async () => {
    const { page } = session;
    await openSettled(session, '/');
    const card = (label: string) => page.locator('.kpi-card').filter({ has: page.getByRole('heading', { name: label, exact: true }) });
    // the default period is the data's whole range, 5 January to 28 February 2025
    expect(await card('Tasa de devolución (unidades)').locator('.kpi-card__value').innerText()).toBe(percent(7 / 19));
    expect(await card('Tasa de devolución (pedidos)').locator('.kpi-card__value').innerText()).toBe(percent(4 / 10));
    expect(await card('Tasa de devolución (valor)').locator('.kpi-card__value').innerText()).toBe(percent(386.5 / 881.5));
    for (const label of ['Reembolsado', 'Valor retenido', 'Costo neto de devoluciones']) {
      expect(await card(label).locator('.kpi-card__value').innerText(), label).toBe('—');
      expect(await card(label).locator('.kpi-card__detail').innerText(), label).toBe(noRefunds);
    }
    expect(await card('Valor recuperado').locator('.kpi-card__value').innerText()).toBe('—');
    expect(await card('Valor recuperado').locator('.kpi-card__detail').innerText()).toBe('Tus datos no tienen valores recuperados.');
    expect(await card('Tiempo hasta resolver').locator('.kpi-card__detail').innerText()).toBe('Tus datos no tienen fechas de resolución de las devoluciones.');
    // The reasons chart says the data has none instead of one "Otro" bar at 100 %, and offers no filters to clear.
    const reasons = frame(page, 'Motivos de devolución');
    expect(await reasons.innerText()).toContain('Tus datos no tienen motivos de devolución.');
    expect(await reasons.locator('.recharts-surface').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ver todo el período, sin filtros' }).count()).toBe(0);
    expect(await frame(page, 'Valor por resolución por mes').innerText()).toContain(noRefunds);
    // Without reason text the breakdown has no "top reason" column to fill with "Otro".
    expect(await page.locator('.server-table').innerText()).not.toContain('Otro');
    await session.screenshot('flag-only-overview');
    expect(session.consoleErrors).toEqual([]);
  });

  it('value recovery: every chart says what the data lacks; no amount is drawn or written as 0', async () => {
    const { page } = session;
    await openSettled(session, '/value-recovery');
    expect(await frame(page, 'Del valor devuelto al costo neto').innerText()).toContain(noRefunds);
    expect(await frame(page, 'Mezcla de resoluciones por mes').innerText()).toContain(noRefunds);
    expect(await frame(page, 'Recuperado por destino del producto').innerText()).toContain('Tus datos no tienen valores recuperados.');
    expect(await page.locator('main .recharts-surface').count()).toBe(0);
    // no figure at all on the page, so no 0 among them
    expect(await page.locator('main').innerText()).not.toMatch(/\d/);
    await session.screenshot('flag-only-value-recovery');
  });

  it('cycle times: no open returns are listed and none is "waiting for the parcel"; the missing dates are named', async () => {
    const { page } = session;
    await openSettled(session, '/cycle-times');
    const openReturns = frame(page, 'Devoluciones abiertas');
    const text = await openReturns.innerText();
    expect(text).toContain(noRefunds);
    expect(text).toContain('Sin un estado para cada devolución, ninguna figura como abierta.');
    expect(await openReturns.locator('tbody tr').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Que llegue');
    expect(await frame(page, 'Solicitud → resolución, por mes').innerText()).toContain('Tus datos no tienen fechas de resolución de las devoluciones.');
    expect(await frame(page, /Resueltas dentro de 7 días/).innerText()).toContain('Tus datos no tienen fechas de recepción de las devoluciones.');
    await session.screenshot('flag-only-cycle-times');
  });

  it('reasons: every chart says the data has no reasons, with no "Otro" bar or group legend', async () => {
    const { page } = session;
    await openSettled(session, '/reasons');
    expect(await page.getByText('Tus datos no tienen motivos de devolución.').count()).toBe(5);
    expect(await page.locator('main .recharts-surface').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Otro');
  });

  it('says the same in English, and passes the accessibility audit on these pages', async () => {
    const { page } = session;
    await openSettled(session, '/value-recovery');
    await page.getByRole('radio', { name: 'EN' }).click();
    await page.getByRole('link', { name: 'Return rate' }).waitFor();
    expect(await frame(page, 'From value returned to net cost').innerText()).toContain('Your data has no refund amounts or resolutions for its returns.');
    const violations: string[] = [];
    for (const pagePath of ['/', '/value-recovery', '/cycle-times', '/reasons']) {
      await openSettled(session, pagePath);
      violations.push(...(await accessibilityViolations(page)).map((v) => `${pagePath}: ${v}`));
    }
    expect(violations).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  }, 60_000);
});
