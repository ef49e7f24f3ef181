// The bench's scripts each run in a node process of their own, as tsx runs the bench itself, so
// that each one's memory and CPU are its own.
import { spawn, type StdioOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Runs one of the bench's scripts (a file of server/bench/) with DuckDB's thread pool sized. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = process.env, stdio: 'inherit' | 'pipe' = 'inherit') {
  const io: StdioOptions = stdio === 'inherit' ? 'inherit' : ['pipe', 'pipe', 'inherit'];
  return spawn(process.execPath, ['--import', 'tsx', path.join(here, script), ...args], { env: { ...env, UV_THREADPOOL_SIZE: '8' }, stdio: io });
}

/** The real server in a process of its own (bench-server.ts), once it listens: its URL and its process. */
export async function startBenchServer(env: NodeJS.ProcessEnv) {
  const child = runScript('bench-server.ts', [], { ...process.env, HOST: '127.0.0.1', PORT: '0', INVERSA_DEMO: '0', ...env }, 'pipe');
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const nextLine = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error('the server process stopped');
    return JSON.parse(value) as Record<string, unknown>;
  };
  const { url } = (await nextLine()) as { url: string };
  return { child, url, nextLine };
}

/** VmRSS and its peak (VmHWM) of a process, in MiB. */
export function memoryOf(pid: number) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}
