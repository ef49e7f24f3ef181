import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { ReportError } from './report-error.ts';

// Inversa prints through the system's Chromium (Debian's package), the one the browser tests use:
// never a browser downloaded at install or at run time.

/** Where Chromium is: INVERSA_CHROMIUM, else Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.INVERSA_CHROMIUM || '/usr/bin/chromium';
}

/**
 * Flags for a headless Chromium that may run as root in a container (no sandbox there), with no
 * GPU, and that reaches nothing but the pages it is sent to: no updates, sync or first-run screens.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export class ChromiumMissingError extends ReportError {
  constructor(executable: string) {
    super(`No Chromium at ${executable}: install it with \`apt-get install -y chromium\`, or set INVERSA_CHROMIUM to a Chromium executable.`);
  }
}

/** Launches the system Chromium headless; each launch has a fresh temporary profile of its own, removed when it closes. */
export async function launchChromium(executable = chromiumPath()): Promise<Browser> {
  if (!fs.existsSync(executable)) throw new ChromiumMissingError(executable);
  return chromium.launch({ executablePath: executable, args: chromiumArgs });
}
