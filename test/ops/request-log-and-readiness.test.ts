import { describe, expect, it } from 'vitest';
import { addUser } from '../../server/auth/users.ts';
import type { RequestLogLine } from '../../server/http/request-log.ts';
import { openTestStore, refusal, testApp, testSettings } from '../support/test-store.ts';

describe('the request log', () => {
  it('writes one line per request with the route pattern, the status and no user outside team mode', async () => {
    const store = await openTestStore({ withSmallShop: true });
    const lines: RequestLogLine[] = [];
    const { app } = testApp({ db: store.db, uploadDir: store.uploadDir, settings: testSettings, log: (line) => lines.push(line) });
    try {
      await app.request('/api/metrics/summary?from=2025-01-01&to=2025-01-31');
      await app.request('/api/imports/77/rejects.csv');
      await app.request('/api/no-such-route');
      expect(lines.map(({ method, route, status, user }) => ({ method, route, status, user }))).toEqual([
        { method: 'GET', route: '/api/metrics/summary', status: 200, user: null },
        // the pattern, not the URL: no import id, no filters
        { method: 'GET', route: '/api/imports/:importId/rejects.csv', status: 404, user: null },
        // no route matched: the API's guards were the last to run
        { method: 'GET', route: '/api/*', status: 404, user: null },
      ]);
      for (const line of lines) {
        expect(Number.isNaN(Date.parse(line.t))).toBe(false);
        expect(line.ms).toBeGreaterThanOrEqual(0);
      }
    } finally {
      await store.close();
    }
  });

  it('names the signed-in user in team mode', async () => {
    const store = await openTestStore();
    try {
      const lines: RequestLogLine[] = [];
      const { app } = testApp({ db: store.db, uploadDir: store.uploadDir, settings: { ...testSettings, teamMode: true }, log: (line) => lines.push(line) });
      await addUser(store.db, { name: 'ana', role: 'viewer', password: 'ana-password-1' });
      const host = { host: '127.0.0.1:5177' };
      const signIn = await app.request('/api/session', { method: 'POST', headers: { ...host, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ana', password: 'ana-password-1' }) });
      const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
      await app.request('/api/metrics/summary', { headers: { ...host, cookie } });
      await app.request('/api/metrics/summary', { headers: host });
      expect(lines.map(({ method, route, status, user }) => ({ method, route, status, user }))).toEqual([
        { method: 'POST', route: '/api/session', status: 200, user: null },
        { method: 'GET', route: '/api/metrics/summary', status: 200, user: 'ana' },
        // refused before any route matched: logged under the sign-in middleware's own pattern
        { method: 'GET', route: '/api/*', status: 401, user: null },
      ]);
    } finally {
      await store.close();
    }
  });
});

describe('GET /api/ready', () => {
  it('answers open, then 503 once the shutdown began, when writes are refused too', async () => {
    const store = await openTestStore();
    try {
      const ready = await store.client.api.ready.$get();
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ ready: true, database: 'open' });

      store.db.refuseNewWrites();
      const closing = await store.client.api.ready.$get();
      expect(closing.status).toBe(503);
      expect(await closing.json()).toEqual({ ready: false, database: 'closing' });
      // the health check is liveness only: the process still answers
      expect((await store.client.api.health.$get()).status).toBe(200);
      const write = await store.client.api.imports.mappings.$post({
        json: { headerSignature: 'a|b', kind: 'orders', mapping: { order_id: 'a', ordered_at: 'b' } },
      });
      expect(await refusal(write)).toMatchObject({ status: 503, code: 'shutting_down' });
    } finally {
      await store.close();
    }
  });
});
