import { beforeAll, describe, expect, it } from 'vitest';
import { renderMonthlyReview } from '../../server/report/render-monthly-review.ts';
import { twoCurrencyShop } from '../support/two-currency-shop.ts';
import { importFile, openSettled, useBrowserSession } from './browser-harness.ts';
import { pdfPages, squeezed } from './pdf-pages.ts';

// Pesos and dollars in one database (test/support/two-currency-shop.ts): every amount on the pages
// adds both unconverted, so each page with money says so above its figures, and the cause finder's
// sentence names both currencies after its amount.
const session = useBrowserSession({ demo: false });
beforeAll(async () => {
  const { orders, returns } = twoCurrencyShop();
  await importFile(session, 'orders.csv', orders);
  await importFile(session, 'returns.csv', returns);
});

const notice = () => session.page.getByRole('complementary', { name: 'Varias monedas' });

describe('order lines in two currencies, in the browser', () => {
  it('the overview and the causes say the amounts add ARS and USD; OCA’s finding names them after its excess', async () => {
    const { page } = session;
    for (const path of ['/', '/causes']) {
      await openSettled(session, path);
      expect(await notice().innerText(), path).toContain('varias monedas (ARS, USD)');
    }
    // 20 extra Hogar units at 10 each
    expect(await page.locator('.finding__sentence').filter({ hasText: /^OCA/ }).innerText()).toMatch(/exceso estimado 200 \(ARS y USD sumados sin convertir\)/);
    await session.screenshot('mixed-currencies-causes');
    expect(session.consoleErrors).toEqual([]);
  });

  it('the monthly review, printed or sent as a page, keeps the notice above its amounts', async () => {
    // the files leave the app: a reader of the PDF or of the mailed page sees no other warning
    const review = await renderMonthlyReview({ baseUrl: session.server.url, month: '2025-01', lang: 'es', browser: session.browser });
    const pdfText = squeezed((await pdfPages(review.pdf)).map((page) => page.text).join(' '));
    expect(pdfText).toContain(squeezed('varias monedas (ARS, USD)'));
    expect(review.html).toContain('varias monedas (ARS, USD)');
  }, 120_000);
});
