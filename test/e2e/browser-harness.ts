import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { readSettings } from '../../server/config.ts';
import { launchChromium } from '../../server/report/chromium.ts';
import { startServer, type RunningServer } from '../../server/serve.ts';
import { fixturesDir } from '../support/test-store.ts';

export const artifactsDir = path.resolve('test-artifacts');

export interface BrowserSession {
  server: RunningServer;
  browser: Browser;
  /** The current test's page (see `freshPage`). */
  readonly page: Page;
  /** Console errors and uncaught page errors seen on that page so far. */
  readonly consoleErrors: string[];
  /**
   * A new browser context and page, with storage, language choice and history of their own, before
   * each test (`useBrowserSession` does it) so that no test starts where another left off. The
   * server, the expensive part, stays the file's.
   */
  freshPage(): Promise<void>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserSessionOptions {
  demo?: boolean;
  locale?: string;
  /** More settings for the server, as environment variables (`INVERSA_AUTH: '1'`). */
  env?: Record<string, string>;
  /** Runs on the database before the server opens it (users added through the CLI, whose DuckDB file one process opens at a time). */
  beforeStart?: (env: Record<string, string>) => void;
}

/**
 * The real server on a fresh temporary database (with the demo data unless told otherwise),
 * and Debian's Chromium driving a page against it. Never a downloaded browser.
 */
export async function openBrowserSession(options: BrowserSessionOptions = {}): Promise<BrowserSession> {
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-e2e-'));
  const env = {
    PORT: '0',
    INVERSA_DB: path.join(dbDir, 'inversa.duckdb'),
    INVERSA_DEMO: options.demo === false ? '0' : '1',
    ...options.env,
  };
  options.beforeStart?.(env);
  const settings = readSettings(env);
  const server = await startServer(settings, { buildWeb: false });
  const browser = await launchChromium();
  const openPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: options.locale ?? 'es-AR', acceptDownloads: true });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    return { page, consoleErrors };
  };
  let current = await openPage();
  fs.mkdirSync(artifactsDir, { recursive: true });
  return {
    server,
    browser,
    get page() {
      return current.page;
    },
    get consoleErrors() {
      return current.consoleErrors;
    },
    async freshPage() {
      const previous = current.page.context();
      current = await openPage();
      await previous.close();
    },
    async screenshot(name) {
      await current.page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(dbDir, { recursive: true, force: true });
    },
  };
}

/**
 * The test file's browser session: the server and browser open before its tests and close after
 * them, and each test gets a fresh page (`freshPage`). Hooks the file adds run after these.
 */
export function useBrowserSession(options: BrowserSessionOptions = {}): BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openBrowserSession(options);
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(() => current().freshPage());
  const current = () => {
    if (!session) throw new Error('The browser session opens in beforeAll.');
    return session;
  };
  return {
    get server() {
      return current().server;
    },
    get browser() {
      return current().browser;
    },
    get page() {
      return current().page;
    },
    get consoleErrors() {
      return current().consoleErrors;
    },
    freshPage: () => current().freshPage(),
    screenshot: (name) => current().screenshot(name),
    close: () => current().close(),
  };
}

/** Waits until no frame of the page shows a loading skeleton, and checks none shows an error. */
export async function settled(page: Page) {
  await page.locator('main h1').first().waitFor();
  // a frame dimmed while it refetches is not settled either: its faded text is not what the reader gets
  await expect.poll(() => page.locator('main .chart-frame__skeleton, main .kpi-card__skeleton, main .deferred-section, main .is-refreshing').count(), { timeout: 20_000 }).toBe(0);
  expect(await page.locator('main [role="alert"]').allInnerTexts()).toEqual([]);
}

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** What an automated accessibility audit (axe-core, WCAG 2.1 A and AA) finds on the page as it stands: "rule at selector". */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeScript });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Imports a file into the session's server, as the import page would. */
export async function importFile(session: BrowserSession, name: string, content: BlobPart) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${session.server.url}/api/imports`, { method: 'POST', body: form });
  expect(res.status).toBe(200);
}

/** Imports one of test/fixtures (its path under that folder) into the session's server. */
export const importFixture = (session: BrowserSession, fixture: string) => importFile(session, path.basename(fixture), fs.readFileSync(path.join(fixturesDir, fixture)));

/** Opens a page of the app and waits until it has settled (see `settled`). */
export async function openSettled(session: BrowserSession, pagePath: string) {
  await session.page.goto(`${session.server.url}${pagePath}`);
  await settled(session.page);
}

/** The frame (chart or table) with this title. */
export const frameTitled = (page: Page, title: string | RegExp) => page.locator('figure.chart-frame').filter({ has: page.getByRole('heading', { name: title }) });
