import { describe, expect, it } from 'vitest';
import { accessibilityViolations, settled, useBrowserSession } from './browser-harness.ts';

const eventually = { timeout: 20_000 };
const session = useBrowserSession();

// The demo data ends 31 October 2026: its last months are still collecting returns, and the
// nowcast (GET /api/metrics/nowcast) estimates what they will close at.
describe('the nowcast on the monthly rate charts, in Spanish', () => {
  it('draws the estimate as a band beyond the observed line, labelled and with its assumptions beside it', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/return-rate`);
    await settled(page);
    const frame = page.locator('figure').filter({ has: page.locator('.estimate-band') }).first();
    // the band: an area with a drawn path over the open months
    await expect.poll(() => frame.locator('.estimate-band path').count(), eventually).toBeGreaterThan(0);
    expect(await frame.locator('.chart-legend__items').innerText()).toContain('Estimación al cierre');
    const notes = await frame.locator('.chart-legend__note').allInnerTexts();
    expect(notes.join(' ')).toContain('meses con la ventana cerrada');
    expect(notes.join(' ')).toMatch(/La banda es un intervalo del 80\s?%/);

    // the figures' table says the same as the API: the newest estimated month's expected rate
    const { rows } = await (await fetch(`${session.server.url}/api/metrics/nowcast?from=2025-11-01&to=2026-10-31`)).json();
    const estimated = rows.filter((row: { estimate: unknown }) => row.estimate);
    expect(estimated.length).toBeGreaterThan(0);
    await frame.locator('summary').click();
    const percent = new Intl.NumberFormat('es-AR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const newest = estimated.at(-1).estimate;
    await expect.poll(() => frame.locator('table').innerText(), eventually).toContain(percent.format(newest.expected.returnRateUnits));
    expect(await frame.locator('table thead').innerText()).toContain('estimación al cierre');

    await session.screenshot('nowcast-band-es');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('shows the nowcast beside the observed rates of a provisional month in the monthly review', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/monthly-review?month=2026-10`);
    await settled(page);
    const firstRate = page.locator('.review-kpis tbody tr').first();
    await expect.poll(() => firstRate.locator('.review-kpis__estimate').count(), eventually).toBe(1);
    expect(await firstRate.locator('.review-kpis__estimate').innerText()).toMatch(/^estimación al cierre: [\d,]+\s?% \([\d,]+\s?% a [\d,]+\s?%\)$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
