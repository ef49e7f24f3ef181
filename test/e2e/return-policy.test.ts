import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, settled, useBrowserSession } from './browser-harness.ts';

// The Política de devoluciones page on the demo data (the policy window is the default 30 days):
// the controls change the URL, the figures follow the server's answer for the window chosen, the
// curve marks both windows, and the page reads in Spanish and English with no console error and
// no accessibility violation.

const period = 'from=2025-11-01&to=2026-04-30';

const session = useBrowserSession();

const api = async (query: string) => (await fetch(`${session.server.url}/api/policy/simulation?${period}&${query}`)).json();
const answerCard = (page: Page, title: string) => page.locator('.policy-answer').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
const figure = (page: Page, title: string) => page.locator('figure').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

async function openPolicyPage(page: Page, query = '') {
  await page.goto(`${session.server.url}/return-policy?${period}${query}`);
  await settled(page);
  await expect.poll(() => figure(page, 'Devoluciones según días desde la entrega').locator('.recharts-surface').count()).toBeGreaterThan(0);
}

/** The table's "outside the window" column, as the server's answer formats in es-AR. */
async function outsideColumn(page: Page, tableTitle: string) {
  return page.locator('figure').filter({ has: page.getByRole('heading', { name: tableTitle }) }).locator('tbody tr td:nth-of-type(2)').allInnerTexts();
}

describe('the return policy page in a real browser', () => {
  it('in Spanish: a change of window updates the URL, the answer cards and the table to the server\'s figures', async () => {
    const { page } = session;
    await openPolicyPage(page);
    expect(await page.locator('main h1').first().innerText()).toBe('Política de devoluciones');
    const number = new Intl.NumberFormat('es-AR', { maximumFractionDigits: 0 });

    // the policy's own window, marked once on the curve, is the default simulated one
    await answerCard(page, 'Plazo de 30 días desde la entrega').waitFor({ timeout: 8000 });
    expect(await page.getByRole('radio', { name: '30 días' }).isChecked()).toBe(true);
    expect(await page.locator('.recharts-reference-line').count()).toBe(1);
    const at30 = await api('windowDays=30');
    expect(await outsideColumn(page, 'Fuera de un plazo de 30 días, por categoría')).toEqual(at30.categories.map((row: { outside: { returns: number } }) => number.format(row.outside.returns)));

    // a shorter window: more returns fall outside, and the curve marks the two windows
    await page.getByRole('radio', { name: '15 días' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('windowDays')).toBe('15');
    await answerCard(page, 'Plazo de 15 días desde la entrega').waitFor({ timeout: 8000 });
    await settled(page);
    const at15 = await api('windowDays=15');
    expect(at15.window.returns).toBeGreaterThan(at30.window.returns);
    expect(await outsideColumn(page, 'Fuera de un plazo de 15 días, por categoría')).toEqual(at15.categories.map((row: { outside: { returns: number } }) => number.format(row.outside.returns)));
    expect(await answerCard(page, 'Plazo de 15 días desde la entrega').locator('dd').first().innerText()).toContain(number.format(at15.window.returns));
    expect(await page.locator('.recharts-reference-line').count()).toBe(2);

    // any other window, typed
    await page.getByLabel('Otro plazo').fill('20');
    await expect.poll(() => new URL(page.url()).searchParams.get('windowDays')).toBe('20');
    await answerCard(page, 'Plazo de 20 días desde la entrega').waitFor({ timeout: 8000 });

    // a fee: the card says what it assumes, with the elasticity in force
    await page.getByLabel('Cargo por devolución').fill('500');
    await expect.poll(() => new URL(page.url()).searchParams.get('returnFee')).toBe('500');
    const { currency } = await (await fetch(`${session.server.url}/api/dataset`)).json();
    const feeCard = answerCard(page, `Cargo de ${new Intl.NumberFormat('es-AR', { style: 'currency', currency, maximumFractionDigits: 0 }).format(500)} por devolución`);
    await feeCard.waitFor({ timeout: 8000 });
    expect(await feeCard.locator('.policy-assumptions').innerText()).toContain('elasticidad (0,50)');
    await session.screenshot('page-return-policy-es');
    expect(session.consoleErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('in English: the labels and the figures are translated, with no console errors, and axe finds nothing', async () => {
    const { page } = session;
    await openPolicyPage(page, '&windowDays=60');
    await page.getByRole('radio', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Return policy', level: 1 }).waitFor({ timeout: 8000 });
    await settled(page);
    await answerCard(page, 'A window of 60 days from delivery').waitFor({ timeout: 8000 });
    expect(await page.getByText('Window to request a return').count()).toBe(1);
    expect(await page.getByRole('radio', { name: '60 days' }).isChecked()).toBe(true);
    await figure(page, 'Returns by days since delivery').locator('.recharts-surface').waitFor({ timeout: 8000 });
    expect(await page.getByText('Current window: 30 days').count()).toBeGreaterThan(0);
    expect(await page.getByText('Simulated: 60 days').count()).toBeGreaterThan(0);
    const at60 = await api('windowDays=60');
    const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    await session.screenshot('page-return-policy-en');
    expect(await outsideColumn(page, 'Outside a 60-day window, by category')).toEqual(at60.categories.map((row: { outside: { returns: number } }) => number.format(row.outside.returns)));
    expect(session.consoleErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
