import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../web/src/lib/format.ts';
import { artifactsDir, useBrowserSession, type BrowserSession } from './browser-harness.ts';

const eventually = { timeout: 20_000 };

/** Opens the review of September 2026 and waits until its summary and every frame are in. */
async function openSeptember(page: BrowserSession['page']) {
  await page.goto(`${session.server.url}/monthly-review?month=2026-09`);
  await page.getByRole('heading', { name: 'Revisión mensual: septiembre de 2026' }).waitFor();
  await expect.poll(() => page.locator('.review__sentences p').count(), eventually).toBeGreaterThanOrEqual(4);
  await expect.poll(() => page.locator('main .chart-frame__skeleton').count(), eventually).toBe(0);
}

const session = useBrowserSession();

describe('the monthly review', () => {
  it('renders the month with its KPIs, a written summary from the figures, and what is open', async () => {
    const { page } = session;
    await openSeptember(page);
    const sentences = page.locator('.review__sentences p');
    // The summary says what the KPI table shows: the rate against August, in the same words and
    // figures. September is still collecting returns, so August counts as it stood at the same
    // age: with the returns requested by the data's last timestamp less the 31 days between them,
    // and over September's 30 days (its 31st day's orders would be younger than any of September's),
    // which the review names by their dates.
    const { lastTimestamp } = await (await fetch(`${session.server.url}/api/dataset`)).json();
    const sameAge = new Date(Date.parse(`${lastTimestamp}Z`) - 31 * 86_400_000).toISOString().slice(0, 19);
    const september = await (await fetch(`${session.server.url}/api/metrics/summary?from=2026-09-01&to=2026-09-30`)).json();
    const august = await (await fetch(`${session.server.url}/api/metrics/summary?from=2026-08-01&to=2026-08-30&requestedBy=${sameAge}`)).json();
    const percent = new Intl.NumberFormat('es-AR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const change = september.returnRateUnits - august.returnRateUnits;
    const points = new Intl.NumberFormat('es-AR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(change) * 100);
    const rateSentence = (await sentences.allInnerTexts()).find((s) => s.startsWith('La tasa de devolución'));
    expect(rateSentence).toEqual(
      Math.abs(change) < 0.0005
        ? `La tasa de devolución se mantuvo en ${percent.format(september.returnRateUnits)}, igual que en 1 ago 2026 – 30 ago 2026.`
        : expect.stringContaining(`${change > 0 ? 'subió' : 'bajó'} ${points}\u00a0pp frente a 1 ago 2026 – 30 ago 2026, a ${percent.format(september.returnRateUnits)}`),
    );
    expect(await page.locator('.review-kpis thead').innerText()).toContain('1 ago 2026 – 30 ago 2026');
    expect(await page.locator('.review__same-age').innerText()).toContain('a igual antigüedad');
    const kpis = page.locator('.review-kpis tbody tr').first();
    await expect.poll(() => kpis.innerText(), eventually).toContain(percent.format(september.returnRateUnits));
    expect(await kpis.innerText()).toContain(percent.format(august.returnRateUnits));
    await expect.poll(() => page.locator('.review-issues__title').count(), eventually).toBeGreaterThan(0);
    await expect.poll(() => page.locator('main .chart-frame__skeleton').count(), eventually).toBe(0);
    // the preventable causes against August as the KPIs compare it, at the same age, not whole
    const byReason = async (query: string) => (await (await fetch(`${session.server.url}/api/metrics/breakdown?by=reason&sort=unitsReturned&order=desc&limit=50&${query}`)).json()).rows;
    const [reasonsNow, reasonsBefore] = await Promise.all([byReason('from=2026-09-01&to=2026-09-30'), byReason(`from=2026-08-01&to=2026-08-30&requestedBy=${sameAge}`)]);
    const preventable = ['size_too_small', 'size_too_large', 'not_as_described', 'defective', 'damaged_in_transit', 'wrong_item', 'late_delivery'];
    const shown = reasonsNow.filter((row: { key: string; unitsReturned: number }) => preventable.includes(row.key) && row.unitsReturned > 0).slice(0, 5);
    const pointsOf = createFormatters('es-AR', null).percentPoints;
    const expected = shown.map((row: { key: string; returnRateUnits: number }) => pointsOf(row.returnRateUnits - reasonsBefore.find((b: { key: string }) => b.key === row.key).returnRateUnits));
    // each row: the reason is its header cell; then units, rate and the change
    const rows = page.getByRole('region', { name: 'Causas prevenibles principales' }).locator('tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[2]!.textContent))).toEqual(expected);
    await session.screenshot('monthly-review-es');
    expect(session.consoleErrors).toEqual([]);
  });

  it('opens on the newest month whose returns have closed, without showing another month first', async () => {
    const { page } = session;
    // every month the header names, from the first render on
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { reviewMonthsShown: string[] }).reviewMonthsShown = seen;
      new MutationObserver(() => {
        const month = document.querySelector('[data-review-month]')?.getAttribute('data-review-month');
        if (month && seen.at(-1) !== month) seen.push(month);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    const { firstDate, lastDate } = await (await fetch(`${session.server.url}/api/dataset`)).json();
    const trend = await (await fetch(`${session.server.url}/api/metrics/trend?from=${firstDate}&to=${lastDate}&grain=month`)).json();
    const newestClosed = (trend.rows as Array<{ month: string; mature: boolean }>).filter((row) => row.mature).at(-1)!.month.slice(0, 7);
    await page.goto(`${session.server.url}/monthly-review`);
    await expect.poll(() => page.locator('[data-review-month]').getAttribute('data-ready'), eventually).toBe('true');
    expect(await page.evaluate(() => (window as unknown as { reviewMonthsShown: string[] }).reviewMonthsShown)).toEqual([newestClosed]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('says so when the trend that picks the month fails, shows no month meanwhile, and retries', async () => {
    const { page } = session;
    const { firstDate, lastDate } = await (await fetch(`${session.server.url}/api/dataset`)).json();
    const trend = await (await fetch(`${session.server.url}/api/metrics/trend?from=${firstDate}&to=${lastDate}&grain=month`)).json();
    const newestClosed = (trend.rows as Array<{ month: string; mature: boolean }>).filter((row) => row.mature).at(-1)!.month.slice(0, 7);
    await page.route('**/api/metrics/trend?*', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'down' } }) }));
    await page.goto(`${session.server.url}/monthly-review`);
    await page.locator('main [role="alert"]').waitFor(eventually);
    expect(await page.locator('[data-review-month]').count()).toBe(0);
    await page.unroute('**/api/metrics/trend?*');
    await page.getByRole('button', { name: 'Reintentar' }).click();
    await expect.poll(() => page.locator('[data-review-month]').getAttribute('data-ready'), eventually).toBe('true');
    expect(await page.locator('[data-review-month]').getAttribute('data-review-month')).toBe(newestClosed);
  });

  it('prints to an A4 PDF without the navigation or the filter bar', async () => {
    const { page } = session;
    await openSeptember(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.side-nav').isVisible()).toBe(false);
    expect(await page.locator('.app-shell__top').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimir o guardar PDF' }).isVisible()).toBe(false);
    // What the printed page looks like, at A4's width (210 mm at 96 dpi), for a reviewer to look at.
    await page.setViewportSize({ width: 794, height: 1123 });
    await session.screenshot('monthly-review-print');
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    fs.writeFileSync(path.join(artifactsDir, 'monthly-review.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    // One meeting, a few pages at most.
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(4);
    const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    // A4 is 595.3 × 841.9 points.
    expect(Number(mediaBox?.[1])).toBeCloseTo(595.3, -1);
    expect(Number(mediaBox?.[2])).toBeCloseTo(841.9, -1);
  });

  it("reviews the data's first month to the end: with no month before, what moved says so instead of loading for ever", async () => {
    const { page } = session;
    const { firstDate } = await (await fetch(`${session.server.url}/api/dataset`)).json();
    const month = firstDate.slice(0, 7);
    const label = new Intl.DateTimeFormat('es-AR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
    await page.goto(`${session.server.url}/monthly-review?month=${month}`);
    await page.locator(`[data-review-month="${month}"][data-ready="true"]`).waitFor(eventually);
    await expect.poll(() => page.locator('main .chart-frame__skeleton').count(), eventually).toBe(0);
    expect(await page.locator('main').innerText()).toContain(`${label} es el primer mes de los datos: no hay un mes anterior con el cual comparar.`);
    expect(session.consoleErrors).toEqual([]);
  });

  it('writes the summary in English when the reader chose English', async () => {
    const { page } = session;
    await openSeptember(page);
    await page.getByRole('radio', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Monthly review: September 2026' }).waitFor();
    const sentences = page.locator('.review__sentences p');
    await expect.poll(async () => (await sentences.allInnerTexts()).join(' '), eventually).toMatch(/The return rate (rose|fell|held)/);
    expect((await sentences.allInnerTexts()).join(' ')).toMatch(/ (against|as in) Aug 1, 2026 – Aug 30, 2026/);
    await session.screenshot('monthly-review-en');
    expect(session.consoleErrors).toEqual([]);
  });
});
