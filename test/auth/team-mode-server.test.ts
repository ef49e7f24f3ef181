import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/serve.ts';

// The real server, in team mode on loopback (INVERSA_AUTH=1), over a real database file: the first
// admin from the environment, sign-in over a socket, and sessions that outlive a restart.

const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-team-'));
const settings = readSettings({
  PORT: '0',
  INVERSA_DB: path.join(dbDir, 'inversa.duckdb'),
  INVERSA_DEMO: '0',
  INVERSA_AUTH: '1',
  INVERSA_ADMIN_NAME: 'root',
  INVERSA_ADMIN_PASSWORD: 'root-password-1',
});

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(settings, { buildWeb: false });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dbDir, { recursive: true, force: true });
});

const signIn = (name: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ name, password }) });

describe('the server in team mode', () => {
  it('is in team mode, and asks an unsigned request to sign in', async () => {
    expect(settings.teamMode).toBe(true);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/api/session`)).json()).toEqual({ teamMode: true, user: null });
    const unsigned = await fetch(`${server.url}/api/dataset`);
    expect([unsigned.status, ((await unsigned.json()) as { error: { code: string } }).error.code]).toEqual([401, 'unauthorized']);
  });

  it('signs in the first admin of the environment, records the socket address, and keeps the session across a restart', async () => {
    // proxy headers are not trusted without INVERSA_TRUST_PROXY: the socket's address is recorded
    const res = await signIn('root', 'root-password-1', { 'x-forwarded-for': '203.0.113.1', 'x-forwarded-proto': 'https' });
    expect(await res.json()).toEqual({ user: { name: 'root', role: 'admin' } });
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).not.toMatch(/Secure/);
    const cookie = setCookie.split(';')[0]!;
    const audit = (await (await fetch(`${server.url}/api/audit`, { headers: { cookie } })).json()) as { rows: { action: string; who: string; from: string | null }[] };
    expect(audit.rows.map((r) => [r.action, r.who, r.from])).toEqual([
      ['sign_in', 'root', '127.0.0.1'],
      ['user_added', 'environment', null],
    ]);

    await server.close();
    // the same environment again: root exists, so no second admin is made
    server = await startServer(settings, { buildWeb: false });
    const dataset = await fetch(`${server.url}/api/dataset`, { headers: { cookie } });
    expect(dataset.status).toBe(200);
    const users = (await (await fetch(`${server.url}/api/users`, { headers: { cookie } })).json()) as { rows: { name: string }[] };
    expect(users.rows.map((u) => u.name)).toEqual(['root']);
  });

  it('refuses a burst of wrong passwords from one socket with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn('root', `not-the-password-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const refused = await signIn('root', 'root-password-1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
