import { describe, expect, it } from 'vitest';
import { accessibilityViolations, settled, useBrowserSession } from './browser-harness.ts';

const session = useBrowserSession();
const eventually = { timeout: 20_000 };

describe('the returns forecast on the Tiempos page', () => {
  it('draws the next eight weeks with their band, the table and the assumptions, in Spanish, with no console errors and nothing axe objects to', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/cycle-times`);
    await settled(page);
    const section = page.locator('.forecast-section');
    await section.getByRole('heading', { name: 'Previsión de devoluciones' }).waitFor();
    // the band (an area per series) and the estimate's line
    await expect.poll(() => section.locator('.recharts-area-area').count(), eventually).toBe(1);
    expect(await section.locator('.recharts-line-curve').count()).toBe(1);
    expect(await section.innerText()).toContain('Estimación: la línea es lo esperado y la banda, el intervalo del 80 %');

    // the table's first week says what the API says, in the page's number format
    const answer = await (await fetch(`${session.server.url}/api/forecast`)).json();
    const rows = section.locator('.data-table tbody tr');
    expect(await rows.count()).toBe(8);
    const number = new Intl.NumberFormat('es-AR', { maximumFractionDigits: 0 });
    expect(await rows.first().innerText()).toContain(number.format(answer.series[0].rows[0].returns.expected));
    const assumptions = await section.locator('.forecast-assumptions').innerText();
    expect(assumptions).toContain('Ventas por venir');
    expect(assumptions).toContain('Tasa:');
    expect(assumptions).toContain('Intervalo del 80 %');
    await session.screenshot('forecast-es');

    // per category: a line and a band for each category the API forecasts
    await section.getByRole('radio', { name: 'Categoría' }).click();
    const byCategory = await (await fetch(`${session.server.url}/api/forecast?by=category`)).json();
    await expect.poll(() => rows.count(), eventually).toBe(8 * byCategory.series.length);
    expect(await section.locator('.recharts-line-curve').count()).toBe(byCategory.series.length);
    expect(await rows.first().innerText()).toContain(byCategory.series[0].key);

    expect(await accessibilityViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
