import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './browser-harness.ts';

// A first run without the demo (INVERSA_DEMO=0) and nothing imported: every page that reads the
// data says so under its own title and points to the import page, in either language.

const session = useBrowserSession({ demo: false });

const pages = [
  ['/', 'Resumen', 'Overview'],
  ['/return-rate', 'Tasa de devolución', 'Return rate'],
  ['/reasons', 'Motivos', 'Reasons'],
  ['/cycle-times', 'Tiempos', 'Cycle times'],
  ['/value-recovery', 'Valor recuperado', 'Value recovery'],
  ['/customers', 'Clientes', 'Customers'],
  ['/products', 'Productos', 'Products'],
  ['/return-policy', 'Política de devoluciones', 'Return policy'],
  ['/causes', 'Qué arreglar primero', 'What to fix first'],
  ['/monthly-review', 'Revisión mensual', 'Monthly review'],
] as const;

describe('an empty database, in the browser', () => {
  it.each(pages)('%s: its title, that nothing is loaded, and a link to import', async (pagePath, es, en) => {
    const { page } = session;
    for (const [language, title, noData, importLink] of [
      ['es', es, 'Todavía no hay datos cargados.', 'Importar'],
      ['en', en, 'No data has been loaded yet.', 'Import'],
    ] as const) {
      // the choice is remembered in the browser; set before the app reads it (a later script runs after an earlier one)
      await page.addInitScript((chosen) => localStorage.setItem('inversa.language', chosen), language);
      await page.goto(`${session.server.url}${pagePath}`);
      await page.getByText(noData).waitFor();
      expect(await page.locator('main h1').allInnerTexts(), language).toEqual([title]);
      expect(await page.locator('main').getByRole('link', { name: importLink, exact: true }).count(), language).toBe(1);
    }
    expect(session.consoleErrors).toEqual([]);
  });
});
