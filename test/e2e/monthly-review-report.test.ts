import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMonthlyReview, type MonthlyReview, type ReviewLanguage } from '../../server/report/render-monthly-review.ts';
import { monthPeriod } from '../../web/src/features/monthly-review/review-month.ts';
import { createFormatters } from '../../web/src/lib/format.ts';
import esOnDemand from '../../web/src/i18n/on-demand/es.json';
import enOnDemand from '../../web/src/i18n/on-demand/en.json';
import { importFile } from '../../server/import/import-file.ts';
import { Database } from '../../server/store/database.ts';
import { smallShop, testApp, testSettings } from '../support/test-store.ts';
import { useBrowserSession } from './browser-harness.ts';
import { pdfPages, squeezed } from './pdf-pages.ts';

// The monthly review printed to files (`inversa report`, server/report/): read back as a manager's
// PDF reader would, and held to the API's answer for the month, formatted as the page formats it.

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-report-'));
const databasePath = path.join(outDir, 'inversa.duckdb');
const session = useBrowserSession({ env: { INVERSA_DB: databasePath } });
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

const month = '2026-09';
const locales: Record<ReviewLanguage, string> = { es: 'es-AR', en: 'en-US' };
const titles: Record<ReviewLanguage, string> = { es: esOnDemand.review.title, en: enOnDemand.review.title };

/** Asks the API of the server the review was printed from: the test's own, unless told otherwise. */
type AskApi = (route: string) => Promise<Response>;
const askSessionServer: AskApi = (route) => fetch(`${session.server.url}${route}`);

/** The month's title and headline figures as the page writes them: the API's answer through web/src/lib/format.ts. */
async function expectedReview(lang: ReviewLanguage, of: { month: string; ask: AskApi } = { month, ask: askSessionServer }) {
  const api = (route: string) => of.ask(route).then((answer) => answer.json());
  const dataset = await api('/api/dataset');
  const summary = await api(`/api/metrics/summary?${new URLSearchParams(monthPeriod(of.month))}`);
  const format = createFormatters(locales[lang], dataset.currency);
  // both shops have every field: each figure is known, none the dash of a missing one
  for (const figure of ['returnRateUnits', 'refundedValue', 'recoveredValue', 'netReturnCost']) expect(summary[figure]).toBeGreaterThan(0);
  return {
    title: titles[lang].replace('{{month}}', format.monthLong(`${of.month}-01`)),
    figures: [
      format.percent(summary.returnRateUnits),
      format.percent(summary.returnRateOrders),
      format.percent(summary.returnRateValue),
      format.money(summary.refundedValue),
      format.money(summary.recoveredValue),
      format.money(summary.netReturnCost),
    ],
  };
}

/** What a reader of the HTML sees, with scripts off: the file must read without them. */
async function htmlText(html: string): Promise<string> {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(html);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('main svg').count()).toBeGreaterThan(0);
    return await page.locator('body').innerText();
  } finally {
    await context.close();
  }
}

/** An A4 PDF of a few pages whose text carries the month's title and figures. */
async function expectPdfOf(pdf: Uint8Array, lang: ReviewLanguage, expected?: Awaited<ReturnType<typeof expectedReview>>) {
  expected ??= await expectedReview(lang);
  const pages = await pdfPages(pdf);
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(4);
  for (const page of pages) {
    // A4 is 210 × 297 mm: 595.3 × 841.9 points
    expect(page.width).toBeCloseTo(595.3, 0);
    expect(page.height).toBeCloseTo(841.9, 0);
  }
  const pdfText = squeezed(pages.map((page) => page.text).join(' '));
  expect(squeezed(pages[0]!.text)).toContain(squeezed(expected.title));
  for (const figure of expected.figures) expect(pdfText).toContain(squeezed(figure));
}

async function expectReviewOf(review: Pick<MonthlyReview, 'pdf' | 'html'>, lang: ReviewLanguage) {
  await expectPdfOf(review.pdf, lang);
  const expected = await expectedReview(lang);
  const html = squeezed(await htmlText(review.html));
  expect(html).toContain(squeezed(expected.title));
  for (const figure of expected.figures) expect(html).toContain(squeezed(figure));
}

function inversa(args: string[], database = databasePath): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['server/bin/inversa.mjs', ...args], { env: { ...process.env, INVERSA_DB: database } });
  let stderr = '';
  child.stderr.on('data', (text: Buffer) => (stderr += text.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe('the monthly review as PDF and HTML', () => {
  it.each(['es', 'en'] as const)('prints the month in %s with the title and the figures the API gives', async (lang) => {
    const review = await renderMonthlyReview({ baseUrl: session.server.url, month, lang, browser: session.browser });
    expect(review.month).toBe(month);
    // the title and subject name the month, and the message text carries the table's figures
    expect(review.title).toBe((await expectedReview(lang)).title);
    expect(review.subject).toContain(' — ');
    expect(review.figures.map((figure) => figure.value)).toEqual(expect.arrayContaining((await expectedReview(lang)).figures));
    await expectReviewOf(review, lang);
  }, 120_000);

  it('writes both files from the command line, through the running server that holds the database', async () => {
    const pdfFile = path.join(outDir, 'review.pdf');
    // the server of this test holds the file: the command says so, names --url, and writes nothing
    const refused = await inversa(['report', '--month', month, '--out', pdfFile]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--url');
    expect(fs.existsSync(pdfFile)).toBe(false);

    const written = await inversa(['report', '--month', month, '--lang', 'en', '--out', pdfFile, '--url', session.server.url]);
    expect(written).toMatchObject({ code: 0 });
    await expectReviewOf({ pdf: fs.readFileSync(pdfFile), html: fs.readFileSync(path.join(outDir, 'review.html'), 'utf8') }, 'en');
  }, 120_000);

  it('writes both files from a database no server holds, serving it itself (the small shop)', async () => {
    const ownDatabase = path.join(outDir, 'small-shop.duckdb');
    const db = await Database.open({ path: ownDatabase, readers: 1 });
    await importFile(db, { filePath: smallShop.orders, fileName: 'orders.csv', kind: 'orders' });
    await importFile(db, { filePath: smallShop.returns, fileName: 'returns.csv', kind: 'returns' });
    db.close();
    const pdfFile = path.join(outDir, 'small-shop.pdf');
    const written = await inversa(['report', '--month', '2025-02', '--out', pdfFile, '--html', path.join(outDir, 'small-shop-page.html')], ownDatabase);
    expect(written).toMatchObject({ code: 0 });

    // the figures it must carry: the API's over the same file, opened once the command let go of it
    const reopened = await Database.open({ path: ownDatabase, readers: 1 });
    try {
      const { app } = testApp({ db: reopened, uploadDir: outDir, settings: testSettings });
      const expected = await expectedReview('es', { month: '2025-02', ask: async (route) => app.request(route) });
      await expectPdfOf(fs.readFileSync(pdfFile), 'es', expected);
      const html = squeezed(await htmlText(fs.readFileSync(path.join(outDir, 'small-shop-page.html'), 'utf8')));
      for (const text of [expected.title, ...expected.figures]) expect(html).toContain(squeezed(text));
    } finally {
      reopened.close();
    }
  }, 120_000);

  it('answers the PDF at a link, GET /api/reports/monthly-review.pdf, and refuses a month outside the data', async () => {
    const answer = await fetch(`${session.server.url}/api/reports/monthly-review.pdf?month=${month}&lang=es`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toContain(`inversa-review-${month}.pdf`);
    await expectPdfOf(new Uint8Array(await answer.arrayBuffer()), 'es');

    const outside = await fetch(`${session.server.url}/api/reports/monthly-review.pdf?month=2019-01`);
    expect(outside.status).toBe(422);
    expect((await outside.json()).error.message).toContain('2019-01 is outside the data');
  }, 120_000);

  it('refuses a month outside the data, and writes nothing', async () => {
    const pdfFile = path.join(outDir, 'old.pdf');
    const refused = await inversa(['report', '--month', '2019-01', '--out', pdfFile, '--url', session.server.url]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('2019-01 is outside the data');
    expect(fs.existsSync(pdfFile)).toBe(false);
  }, 60_000);
});
