import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, settled, useBrowserSession } from './browser-harness.ts';

// Team mode without a non-loopback address (docs/api.md, "Sessions").
const teamMode = { INVERSA_AUTH: '1' };
const viewer = { name: 'vera', role: 'viewer', password: 'vera-reads-the-figures' };
const analyst = { name: 'ana', role: 'analyst', password: 'ana-imports-the-files' };
const eventually = { timeout: 30_000 };

/** A person added through the CLI, as an admin would, before the server holds the database. */
function addUser(env: Record<string, string>, person: typeof viewer) {
  execFileSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'user', 'add', person.name, '--role', person.role, '--password-stdin'], {
    env: { ...process.env, ...env },
    input: `${person.password}\n`,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

async function signIn(page: Page, person: typeof viewer) {
  await page.getByLabel('Usuario', { exact: true }).fill(person.name);
  await page.getByLabel('Contraseña', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Ingresar', exact: true }).click();
  await page.getByRole('navigation', { name: 'Páginas', exact: true }).waitFor(eventually);
}

describe('team mode in the browser: signing in, and what each role is offered', () => {
  const session = useBrowserSession({
    env: teamMode,
    beforeStart: (env) => {
      addUser(env, viewer);
      addUser(env, analyst);
    },
  });

  it('asks to sign in before anything else, accessibly and without console errors, and says why a sign-in is refused', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/`);
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor(eventually);
    // the form alone: no navigation, no figures asked for
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByLabel('Usuario', { exact: true }).getAttribute('autocomplete')).toBe('username');
    expect(await page.getByLabel('Contraseña', { exact: true }).getAttribute('type')).toBe('password');
    expect(await accessibilityViolations(page)).toEqual([]);
    await session.screenshot('team-mode-sign-in');
    expect(session.consoleErrors).toEqual([]);

    await page.getByLabel('Usuario', { exact: true }).fill(viewer.name);
    await page.getByLabel('Contraseña', { exact: true }).fill('not-her-password');
    await page.getByRole('button', { name: 'Ingresar', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').innerText(), eventually).toBe('El usuario o la contraseña no son correctos.');
    expect(await page.getByRole('navigation').count()).toBe(0);
  });

  it('a viewer sees the overview, who is signed in, and no import controls; signing out ends the session', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/`);
    await signIn(page, viewer);
    await settled(page);
    expect(await page.locator('main h1').innerText()).toBe('Resumen');
    expect(await page.locator('.kpi-card').count()).toBeGreaterThan(0);
    const nav = page.getByRole('navigation', { name: 'Páginas', exact: true });
    expect(await nav.locator('.session-menu__user').innerText()).toBe('vera\nRol: lectura');

    // The import page stays readable (its log), without the form, the drop zone or the button.
    await nav.getByRole('link', { name: 'Importar' }).click();
    await page.getByRole('heading', { name: 'Importaciones anteriores' }).waitFor(eventually);
    await expect.poll(() => page.locator('.server-table tbody tr').count(), eventually).toBeGreaterThan(0);
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Importar', exact: true }).count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Para importar archivos hace falta el rol de analista');
    await session.screenshot('team-mode-viewer-import');
    expect(session.consoleErrors).toEqual([]);

    await nav.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor(eventually);
    // the cookie went with it: the server knows nobody on this page
    expect(await page.evaluate(async () => (await fetch('/api/session')).json())).toEqual({ teamMode: true, user: null });
  });

  it('a session that ends while a page is open brings back the form, and signing in again returns to that page', async () => {
    const { page } = session;
    await page.goto(`${session.server.url}/`);
    await signIn(page, viewer);
    await settled(page);
    // what an expired session looks like to the page: its cookie no longer counts
    await page.context().clearCookies();
    await page.getByRole('navigation', { name: 'Páginas', exact: true }).getByRole('link', { name: 'Motivos' }).click();
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor(eventually);
    expect(await page.locator('main').innerText()).toContain('Tu sesión terminó.');
    expect(new URL(page.url()).pathname).toBe('/reasons');
    await signIn(page, viewer);
    await settled(page);
    expect(await page.locator('main h1').innerText()).toBe('Motivos');
  });

  it('an analyst imports a file, appending only (replace is an admin\'s), and the log says who imported it', async () => {
    const { page } = session;
    // opened at the import page: the form first, then the page that was asked for
    await page.goto(`${session.server.url}/import`);
    await signIn(page, analyst);
    expect(await page.getByRole('navigation', { name: 'Páginas', exact: true }).locator('.session-menu__user').innerText()).toBe('ana\nRol: análisis');
    const fileInput = page.locator('input[type="file"]');
    await fileInput.waitFor({ state: 'attached', ...eventually });
    expect(await page.getByRole('radio', { name: 'Reemplazar' }).count()).toBe(0);

    await fileInput.setInputFiles(path.resolve('test/fixtures/small-shop/orders.csv'));
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await page.getByRole('heading', { name: 'orders.csv importado' }).waitFor(eventually);
    // the newest import heads the log, with the analyst's name
    const newest = page.locator('.server-table tbody tr').first();
    await expect.poll(() => newest.innerText(), eventually).toContain('orders.csv');
    expect(await newest.innerText()).toContain('ana');
    expect(session.consoleErrors).toEqual([]);
  });
});
