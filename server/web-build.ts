import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config.ts';

export const webDir = path.join(projectRoot, 'web');
export const webDistDir = path.join(webDir, 'dist');

function newestChange(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/** The build is stale when any source of the web app changed after its index.html was written. */
export function webBuildIsStale(): boolean {
  const built = fs.statSync(path.join(webDistDir, 'index.html'), { throwIfNoEntry: false });
  if (!built) return true;
  const sources = ['src', 'public', 'index.html', 'vite.config.ts'].map((p) => path.join(webDir, p));
  sources.push(path.join(projectRoot, 'package-lock.json'));
  return Math.max(...sources.map(newestChange)) > built.mtimeMs;
}

/** Builds the web app with Vite when it is missing or stale; `npm start` calls this first. */
export async function ensureWebBuild(log: (line: string) => void = console.log): Promise<void> {
  if (!webBuildIsStale()) return;
  log('[inversa] building the web app (first start or sources changed)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn' });
}
