import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/auth/users.ts';
import { openTestStore, testApp, testSettings } from '../support/test-store.ts';

// Sign-ins sent to get around the limit or to fill the audit trail, against the app in team mode
// over a real DuckDB (docs/api.md, "POST /api/session"). Each test tries accounts and addresses
// of its own, so that one's failures do not throttle another.

const host = { host: '127.0.0.1:5177' };
const password = 'nadia-password-1';

let store: Awaited<ReturnType<typeof openTestStore>>;
let app: ReturnType<typeof testApp>['app'];
beforeAll(async () => {
  store = await openTestStore();
  app = testApp({ db: store.db, uploadDir: store.uploadDir, settings: { ...testSettings, teamMode: true, trustProxy: true } }).app;
  for (const name of ['nadia', 'omar', 'pilar']) await addUser(store.db, { name, role: 'viewer', password: `${name}-password-1` });
});
afterAll(() => store.close());

function signIn(name: string, tried: string, headers: Record<string, string>) {
  return app.request('/api/session', { method: 'POST', headers: { ...host, 'content-type': 'application/json', ...headers }, body: JSON.stringify({ name, password: tried }) });
}

describe('sign-ins sent at once', () => {
  it('check at most 5 wrong passwords for an account, however many arrive together', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn('nadia', `wrong-password-${i}`, { 'x-forwarded-for': `198.51.100.${i + 1}` })));
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(7).fill(429)]);
    // the limit holds for the right password too, until the window passes
    expect((await signIn('nadia', password, { 'x-forwarded-for': '198.51.100.99' })).status).toBe(429);
  });
});

describe('the audit trail of sign-ins', () => {
  it('names nobody for a failed or refused sign-in, even from a browser signed in as someone else', async () => {
    const omar = await signIn('omar', 'omar-password-1', { 'x-forwarded-for': '203.0.113.20' });
    const cookie = /inversa_session=([^;]*)/.exec(omar.headers.get('set-cookie') ?? '')![1];
    const asOmar = { cookie: `inversa_session=${cookie}`, 'x-forwarded-for': '203.0.113.20' };
    for (let i = 0; i < 6; i++) await signIn('pilar', `wrong-password-${i}`, asOmar);
    const trail = await store.db.all("SELECT action, who FROM audit WHERE details->>'name' = 'pilar' ORDER BY audit_id");
    expect(trail).toEqual([...Array(5).fill({ action: 'sign_in_failed', who: null }), { action: 'sign_in_throttled', who: null }]);
  });

  it('records a refused sign-in once per account or address in the window, not at every refusal', async () => {
    const rows = async () => Number((await store.db.all("SELECT count(*)::INTEGER AS n FROM audit WHERE action = 'sign_in_throttled'"))[0]!.n);
    const before = await rows();
    const address = { 'x-forwarded-for': '203.0.113.30' };
    for (let i = 0; i < 5; i++) expect((await signIn('quique', `wrong-password-${i}`, address)).status).toBe(401);
    // a script sending on: each refusal checks no password, and would otherwise add a row
    for (let i = 0; i < 30; i++) expect((await signIn('quique', 'wrong-password', address)).status).toBe(429);
    expect(await rows()).toBe(before + 1);
    // from an address whose own limit is reached, a new name each time adds nothing either
    for (let i = 0; i < 15; i++) await signIn(`sprayed-${i}`, 'wrong-password', address);
    for (let i = 0; i < 30; i++) expect((await signIn(`sprayed-more-${i}`, 'wrong-password', address)).status).toBe(429);
    expect(await rows()).toBe(before + 2);
  });
});
