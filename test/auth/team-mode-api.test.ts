import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, changeUser } from '../../server/auth/users.ts';
import { openTestStore, refusal, testApp, testSettings } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

// The app in team mode over a real DuckDB with the small shop: who may ask what, sessions, the
// sign-in limit and the audit trail (docs/api.md, "Team mode"). Proxy headers are trusted here so
// that each test can say its client's address with X-Forwarded-For.

const token = 'a-long-enough-token';
const passwords = { vera: 'vera-password-1', ana: 'ana-password-1', adam: 'adam-password-1', bruno: 'bruno-password-1' };
const host = { host: '127.0.0.1:5177' };
const ordersCsv = 'order_id,ordered_at,sku,quantity,unit_price\nT1,2025-03-01,TEAM-1,2,10\nT2,2025-03-02,TEAM-2,1,5\n';

let store: Awaited<ReturnType<typeof openTestStore>>;
let app: ReturnType<typeof testApp>['app'];
beforeAll(async () => {
  store = await openTestStore({ withSmallShop: true });
  app = testApp({ db: store.db, uploadDir: store.uploadDir, settings: { ...testSettings, teamMode: true, trustProxy: true, token } }).app;
  await addUser(store.db, { name: 'vera', role: 'viewer', password: passwords.vera });
  await addUser(store.db, { name: 'ana', role: 'analyst', password: passwords.ana });
  await addUser(store.db, { name: 'adam', role: 'admin', password: passwords.adam });
  await addUser(store.db, { name: 'bruno', role: 'viewer', password: passwords.bruno });
});
afterAll(() => store.close());

const cookieOf = (res: Response) => /inversa_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1];

async function signIn(name: string, password: string, headers: Record<string, string> = {}) {
  const res = await app.request('/api/session', {
    method: 'POST',
    headers: { ...host, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ name, password }),
  });
  return { res, status: res.status, cookie: cookieOf(res), body: (await res.json()) as { user?: unknown; error?: { code: string } } };
}

async function sessionOf(name: keyof typeof passwords): Promise<Record<string, string>> {
  const { cookie } = await signIn(name, passwords[name], { 'x-forwarded-for': `192.0.2.${Object.keys(passwords).indexOf(name) + 1}` });
  expect(cookie).toBeDefined();
  return { ...host, cookie: `inversa_session=${cookie}` };
}

const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

/** Every route of the app, once per method, with its path parameters filled in. */
function everyRoute() {
  const seen = new Map<string, { method: string; path: string; url: string }>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    const url = route.path.replace(/:(\w+)/g, (_, name: string) => (name === 'importId' ? '1' : 'someone'));
    seen.set(`${route.method} ${route.path}`, { method: route.method, path: route.path, url });
  }
  return [...seen.values()];
}

/** Every route but the session's: signing out in the middle would change what the rest answer. */
const routesButSession = () => everyRoute().filter((route) => route.path !== '/api/session');

/** The routes that answer `status` to these headers (bodies empty: a refusal comes before any reading). */
async function routesAnswering(status: number, headers: Record<string, string>, routes = everyRoute()) {
  const answering: string[] = [];
  for (const route of routes) {
    const res = await app.request(route.url, { method: route.method, headers });
    if (res.status === status) {
      const code = await errorCode(res);
      answering.push(`${route.method} ${route.path} ${code}`);
    } else {
      await res.body?.cancel();
    }
  }
  return answering.sort();
}

describe('team mode: who may ask what', () => {
  it('refuses every route but health, readiness and the session itself to an unsigned request', async () => {
    const routes = everyRoute().map((r) => `${r.method} ${r.path}`);
    // the dashboard's reads, the imports, and the team routes: far more than the open five
    expect(routes.length).toBeGreaterThan(30);
    const refused = await routesAnswering(401, host);
    const open = routes.filter((route) => !refused.includes(`${route} unauthorized`));
    expect(open.sort()).toEqual(['DELETE /api/session', 'GET /api/health', 'GET /api/ready', 'GET /api/session', 'POST /api/session']);
    // a cookie the server never issued is no better
    expect(await routesAnswering(401, { ...host, cookie: 'inversa_session=chosen-by-the-client' })).toEqual(refused);
  });

  it('a viewer reads everything and changes nothing; an analyst imports but manages no one', async () => {
    const viewerRefused = await routesAnswering(403, await sessionOf('vera'), routesButSession());
    expect(viewerRefused).toEqual([
      'DELETE /api/alerts/rules/:id forbidden_role',
      'DELETE /api/benchmarks/:id forbidden_role',
      'DELETE /api/imports/mappings forbidden_role',
      'GET /api/audit forbidden_role',
      'GET /api/users forbidden_role',
      'PATCH /api/users/:name forbidden_role',
      // alert rules are an analyst's to set, and marking alerts read too
      'POST /api/alerts/check forbidden_role',
      'POST /api/alerts/inbox/:id/read forbidden_role',
      'POST /api/alerts/inbox/read-all forbidden_role',
      'POST /api/alerts/rules forbidden_role',
      'POST /api/backup forbidden_role',
      'POST /api/backup/snapshot forbidden_role',
      'POST /api/benchmarks forbidden_role',
      'POST /api/benchmarks/reset forbidden_role',
      'POST /api/imports forbidden_role',
      'POST /api/imports/mappings forbidden_role',
      'POST /api/imports/preview forbidden_role',
      'POST /api/users forbidden_role',
      'PUT /api/alerts/rules/:id forbidden_role',
      'PUT /api/benchmarks/:id forbidden_role',
    ]);
    const analystRefused = await routesAnswering(403, await sessionOf('ana'), routesButSession());
    expect(analystRefused).toEqual([
      'GET /api/audit forbidden_role',
      'GET /api/users forbidden_role',
      'PATCH /api/users/:name forbidden_role',
      'POST /api/backup forbidden_role',
      'POST /api/backup/snapshot forbidden_role',
      'POST /api/users forbidden_role',
    ]);
    const adminRefused = await routesAnswering(403, { ...host, authorization: `Bearer ${token}` }, routesButSession());
    expect(adminRefused).toEqual([]);
  });

  it('a viewer cannot import; an analyst appends but cannot replace; the token (an admin) can', async () => {
    const lines = async () => Number((await store.db.all('SELECT count(*)::INTEGER AS n FROM order_lines'))[0]!.n);
    // the small shop's 22 order lines
    expect(await lines()).toBe(22);
    const viewer = await uploadFile(app, ordersCsv, { fileName: 'team.csv', kind: 'orders', headers: await sessionOf('vera') });
    expect([viewer.status, viewer.body.error.code]).toEqual([403, 'forbidden_role']);
    const analyst = await sessionOf('ana');
    const replace = await uploadFile(app, ordersCsv, { fileName: 'team.csv', kind: 'orders', mode: 'replace', headers: analyst });
    expect([replace.status, replace.body.error.code]).toEqual([403, 'forbidden_role']);
    expect(await lines()).toBe(22);
    const append = await uploadFile(app, ordersCsv, { fileName: 'team.csv', kind: 'orders', headers: analyst });
    expect(append.status).toBe(200);
    // 22 + the file's 2 new keys
    expect(await lines()).toBe(24);
    const history = (await (await app.request('/api/imports', { headers: await sessionOf('vera') })).json()) as { rows: { fileName: string; importedBy: string | null }[] };
    expect(history.rows.map((r) => [r.fileName, r.importedBy])).toEqual([
      ['team.csv', 'ana'],
      ['returns.csv', null],
      ['orders.csv', null],
    ]);
    const byToken = await uploadFile(app, ordersCsv, { fileName: 'team.csv', kind: 'orders', mode: 'replace', headers: { ...host, authorization: `Bearer ${token}` } });
    expect(byToken.status).toBe(200);
    // the file is the whole table now
    expect(await lines()).toBe(2);
    const wrongToken = await app.request('/api/dataset', { headers: { ...host, authorization: 'Bearer not-the-token' } });
    expect([wrongToken.status, await errorCode(wrongToken)]).toEqual([401, 'unauthorized']);
  });
});

describe('team mode: sessions', () => {
  it('signs in with an HttpOnly, SameSite=Strict cookie, says who is signed in, and signs out', async () => {
    const { res, status, body, cookie } = await signIn('vera', passwords.vera);
    expect([status, body]).toEqual([200, { user: { name: 'vera', role: 'viewer' } }]);
    expect(res.headers.get('set-cookie')).toMatch(/^inversa_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const headers = { ...host, cookie: `inversa_session=${cookie}` };
    expect(await (await app.request('/api/session', { headers })).json()).toEqual({ teamMode: true, user: { name: 'vera', role: 'viewer' } });
    expect(await (await app.request('/api/session', { headers: host })).json()).toEqual({ teamMode: true, user: null });
    const out = await app.request('/api/session', { method: 'DELETE', headers });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^inversa_session=; Max-Age=0; Path=\//);
    expect((await app.request('/api/dataset', { headers })).status).toBe(401);
  });

  it('marks the cookie Secure when a trusted proxy says the request came over HTTPS', async () => {
    const { res } = await signIn('vera', passwords.vera, { 'x-forwarded-proto': 'https' });
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('gives a new id at every sign-in and ends the one the browser came with (no fixation)', async () => {
    const first = await signIn('vera', passwords.vera);
    const again = await signIn('vera', passwords.vera, { cookie: `inversa_session=${first.cookie}` });
    expect(again.cookie).toBeDefined();
    expect(again.cookie).not.toBe(first.cookie);
    expect((await app.request('/api/dataset', { headers: { ...host, cookie: `inversa_session=${first.cookie}` } })).status).toBe(401);
    expect((await app.request('/api/dataset', { headers: { ...host, cookie: `inversa_session=${again.cookie}` } })).status).toBe(200);
    // an id the client planted before signing in is replaced, never adopted
    const planted = 'planted-by-an-attacker-0123456789abcdefghijk';
    const signedIn = await signIn('vera', passwords.vera, { cookie: `inversa_session=${planted}` });
    expect(signedIn.cookie).not.toBe(planted);
    expect((await app.request('/api/dataset', { headers: { ...host, cookie: `inversa_session=${planted}` } })).status).toBe(401);
  });

  it('refuses a forged cookie, the stored hash of a real one, and an expired session', async () => {
    const forged = await app.request('/api/dataset', { headers: { ...host, cookie: `inversa_session=${'A'.repeat(43)}` } });
    expect([forged.status, await errorCode(forged)]).toEqual([401, 'unauthorized']);
    const { cookie } = await signIn('bruno', passwords.bruno);
    const [stored] = await store.db.all("SELECT token_hash FROM sessions WHERE user_name = 'bruno'");
    // the database keeps the SHA-256 of the cookie, so a copy of it signs nobody in
    expect(stored!.token_hash).not.toBe(cookie);
    expect((await app.request('/api/dataset', { headers: { ...host, cookie: `inversa_session=${stored!.token_hash}` } })).status).toBe(401);
    const headers = { ...host, cookie: `inversa_session=${cookie}` };
    expect((await app.request('/api/dataset', { headers })).status).toBe(200);
    await store.db.all("UPDATE sessions SET expires_at = TIMESTAMP '2020-01-01 00:00:00' WHERE user_name = 'bruno'");
    const expired = await app.request('/api/dataset', { headers });
    expect([expired.status, await errorCode(expired)]).toEqual([401, 'unauthorized']);
  });

  it('refuses a cross-site POST, signed in or not', async () => {
    const evil = { origin: 'http://evil.example' };
    const mapping = await app.request('/api/imports/mappings', {
      method: 'POST',
      headers: { ...(await sessionOf('ana')), ...evil, 'content-type': 'application/json' },
      body: JSON.stringify({ headerSignature: 'a|b', kind: 'orders', mapping: {} }),
    });
    expect([mapping.status, await errorCode(mapping)]).toEqual([403, 'forbidden_origin']);
    const signInFromElsewhere = await signIn('ana', passwords.ana, evil);
    expect([signInFromElsewhere.status, signInFromElsewhere.body.error?.code]).toEqual([403, 'forbidden_origin']);
  });
});

describe('team mode: sign-in limits', () => {
  it('refuses an account after 5 failures in 15 minutes, even with the right password, with Retry-After', async () => {
    const address = { 'x-forwarded-for': '198.51.100.1' };
    for (let i = 0; i < 5; i++) {
      const wrong = await signIn('bruno', `wrong-password-${i}`, address);
      expect([wrong.status, wrong.body.error?.code]).toEqual([401, 'invalid_credentials']);
    }
    const burst = await signIn('bruno', passwords.bruno, { 'x-forwarded-for': '198.51.100.2' });
    expect([burst.status, burst.body.error?.code]).toEqual([429, 'too_many_attempts']);
    const retryAfter = Number(burst.res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // another account from the same address still signs in
    expect((await signIn('vera', passwords.vera, address)).status).toBe(200);
  });

  it('refuses an address after 20 failures over any names', async () => {
    const address = { 'x-forwarded-for': '203.0.113.50' };
    for (let i = 0; i < 20; i++) expect((await signIn(`nobody-${i}`, 'wrong-password', address)).status).toBe(401);
    const next = await signIn('vera', passwords.vera, address);
    expect([next.status, next.body.error?.code]).toEqual([429, 'too_many_attempts']);
    // the address is the proxy's last hop: a client cannot shed the limit by prepending one
    expect((await signIn('vera', passwords.vera, { 'x-forwarded-for': `10.9.9.9, ${address['x-forwarded-for']}` })).status).toBe(429);
  });

  it('answers an unknown name as it answers a wrong password', async () => {
    const unknown = await signIn('nobody-at-all', 'whatever-password', { 'x-forwarded-for': '198.51.100.77' });
    expect([unknown.status, unknown.body]).toEqual([401, { error: { code: 'invalid_credentials', message: 'The name or the password is wrong.' } }]);
  });
});

describe('team mode: users and the audit trail', () => {
  it('lets an admin add, change and disable users; disabling ends their sessions', async () => {
    const admin = { ...(await sessionOf('adam')), 'content-type': 'application/json' };
    const added = await app.request('/api/users', { method: 'POST', headers: admin, body: JSON.stringify({ name: 'carla', role: 'viewer', password: 'carla-password-1' }) });
    expect([added.status, await added.json()]).toEqual([201, { user: { name: 'carla', role: 'viewer' } }]);
    const again = await app.request('/api/users', { method: 'POST', headers: admin, body: JSON.stringify({ name: 'carla', role: 'admin', password: 'carla-password-2' }) });
    expect([again.status, await errorCode(again)]).toEqual([409, 'user_exists']);
    const carla = await signIn('carla', 'carla-password-1');
    const promoted = await app.request('/api/users/carla', { method: 'PATCH', headers: admin, body: JSON.stringify({ role: 'analyst' }) });
    expect(await promoted.json()).toEqual({ user: { name: 'carla', role: 'analyst', disabled: false } });
    // a new role ends the sessions signed in under the old one
    expect((await app.request('/api/dataset', { headers: { ...host, cookie: `inversa_session=${carla.cookie}` } })).status).toBe(401);
    const carlaAgain = await signIn('carla', 'carla-password-1');
    expect(carlaAgain.body).toEqual({ user: { name: 'carla', role: 'analyst' } });
    await app.request('/api/users/carla', { method: 'PATCH', headers: admin, body: JSON.stringify({ disabled: true }) });
    expect((await app.request('/api/dataset', { headers: { ...host, cookie: `inversa_session=${carlaAgain.cookie}` } })).status).toBe(401);
    expect((await signIn('carla', 'carla-password-1')).status).toBe(401);
    const list = (await (await app.request('/api/users', { headers: admin })).json()) as { rows: { name: string; role: string; disabled: boolean }[] };
    expect(list.rows.map((u) => [u.name, u.role, u.disabled])).toEqual([
      ['adam', 'admin', false],
      ['ana', 'analyst', false],
      ['bruno', 'viewer', false],
      ['carla', 'analyst', true],
      ['vera', 'viewer', false],
    ]);
    // adam is the only enabled admin: demoting him would leave nobody to manage users
    const lastAdmin = await app.request('/api/users/adam', { method: 'PATCH', headers: admin, body: JSON.stringify({ role: 'viewer' }) });
    expect([lastAdmin.status, await errorCode(lastAdmin)]).toEqual([409, 'last_admin']);
  });

  it('audits the columns an import remembers, as it audits columns saved by hand', async () => {
    const own = await openTestStore();
    try {
      const ownApp = testApp({ db: own.db, uploadDir: own.uploadDir, settings: { ...testSettings, teamMode: true } }).app;
      await addUser(own.db, { name: 'ana', role: 'analyst', password: passwords.ana });
      await addUser(own.db, { name: 'adam', role: 'admin', password: passwords.adam });
      const signedIn = async (name: 'ana' | 'adam') => {
        const res = await ownApp.request('/api/session', { method: 'POST', headers: { ...host, 'content-type': 'application/json' }, body: JSON.stringify({ name, password: passwords[name] }) });
        return { ...host, cookie: `inversa_session=${cookieOf(res)}` };
      };
      const imported = await uploadFile(ownApp, ordersCsv, { fileName: 'team.csv', kind: 'orders', saveMapping: true, headers: await signedIn('ana') });
      expect(imported.status).toBe(200);
      const trail = (await (await ownApp.request('/api/audit', { headers: await signedIn('adam') })).json()) as { rows: { who: string; action: string; details: Record<string, unknown> }[] };
      const saved = trail.rows.find((row) => row.action === 'mapping_saved');
      expect(saved).toMatchObject({ who: 'ana', details: { headerSignature: imported.body.headerSignature, kind: 'orders', mapping: imported.body.mapping } });
    } finally {
      await own.close();
    }
  });

  it('keeps one enabled admin when the last two demote each other at the same moment', async () => {
    const own = await openTestStore();
    try {
      await addUser(own.db, { name: 'ada', role: 'admin', password: 'ada-password-1' });
      await addUser(own.db, { name: 'max', role: 'admin', password: 'max-password-1' });
      const outcomes = await Promise.allSettled([changeUser(own.db, 'ada', { role: 'viewer' }), changeUser(own.db, 'max', { role: 'viewer' })]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ status: 409, code: 'last_admin' });
    } finally {
      await own.close();
    }
  });

  it('records every change with who, when and from where; only admins read it, newest first', async () => {
    const analyst = { ...(await sessionOf('ana')), 'x-forwarded-for': '10.0.0.1, 203.0.113.9', 'content-type': 'application/json' };
    const saved = await app.request('/api/imports/mappings', { method: 'POST', headers: analyst, body: JSON.stringify({ headerSignature: 'pedido|sku', kind: 'orders', mapping: { order_id: 'Pedido' } }) });
    expect(saved.status).toBe(200);
    const forgotten = await app.request('/api/imports/mappings?headerSignature=pedido%7Csku', { method: 'DELETE', headers: analyst });
    expect(forgotten.status).toBe(200);
    const admin = await sessionOf('adam');
    const page = (await (await app.request('/api/audit?limit=3', { headers: admin })).json()) as {
      rows: { id: number; at: string; who: string | null; from: string | null; action: string; details: Record<string, unknown> }[];
      next: number | null;
    };
    // newest first: adam's sign-in, then ana's two changes (her sign-in before them)
    expect(page.rows.map((r) => [r.action, r.who, r.from])).toEqual([
      ['sign_in', 'adam', '192.0.2.3'],
      ['mapping_forgotten', 'ana', '203.0.113.9'],
      ['mapping_saved', 'ana', '203.0.113.9'],
    ]);
    expect(page.rows[1]!.details).toEqual({ headerSignature: 'pedido|sku' });
    expect(page.rows[2]!.details).toEqual({ headerSignature: 'pedido|sku', kind: 'orders', mapping: { order_id: 'Pedido' } });
    // UTC, to the second: within a minute of now, whatever the machine's zone
    expect(page.rows[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Math.abs(Date.parse(page.rows[0]!.at) - Date.now())).toBeLessThan(60_000);
    expect(page.next).toBe(page.rows[2]!.id);
    const older = (await (await app.request(`/api/audit?limit=500&before=${page.next}`, { headers: admin })).json()) as typeof page;
    expect(older.rows[0]!.id).toBe(page.rows[2]!.id - 1);
    const actions = older.rows.map((r) => r.action);
    for (const action of ['import', 'sign_in_failed', 'sign_in_throttled', 'user_added', 'user_changed', 'sign_out']) expect(actions).toContain(action);
    const imports = older.rows.filter((r) => r.action === 'import').map((r) => [r.who, r.details.mode, r.details.fileName, r.details.rowsImported]);
    // oldest last: ana's append of team.csv's 2 rows, then the token's replace with them
    expect(imports).toEqual([
      ['token', 'replace', 'team.csv', 2],
      ['ana', 'append', 'team.csv', 2],
    ]);
    const failure = older.rows.find((r) => r.action === 'sign_in_failed' && r.details.name === 'bruno')!;
    expect([failure.who, failure.from]).toEqual([null, '198.51.100.1']);
    expect(older.rows.find((r) => r.action === 'user_changed' && r.details.disabled === true)!.details).toEqual({ name: 'carla', disabled: true });
  });
});

describe('team mode: names the audit trail keeps for itself', () => {
  it('refuses a user named token or environment, which would pass for the bearer token or the first admin', async () => {
    const admin = { ...(await sessionOf('adam')), 'content-type': 'application/json' };
    for (const name of ['token', 'Environment']) {
      const res = await app.request('/api/users', { method: 'POST', headers: admin, body: JSON.stringify({ name, role: 'viewer', password: 'some-password-1' }) });
      const { status, code, message, params } = await refusal(res);
      expect([status, code, params]).toEqual([400, 'invalid_json', ['name']]);
      expect(message).toMatch(/token and environment are not user names/);
    }
    expect(await store.db.all("SELECT name FROM users WHERE lower(name) IN ('token', 'environment')")).toEqual([]);
  });
});

describe('team mode on loopback behind a reverse proxy', () => {
  it('answers the public host name the proxy passes on, to a signed-in request only', async () => {
    // README, "Behind a reverse proxy with TLS": loopback, INVERSA_AUTH=1, `Host $host`
    const proxied = { host: 'inversa.example.com', 'x-forwarded-for': '192.0.2.200' };
    const { status, cookie } = await signIn('vera', passwords.vera, { ...proxied, origin: 'https://inversa.example.com' });
    expect(status).toBe(200);
    expect((await app.request('/api/dataset', { headers: { ...proxied, cookie: `inversa_session=${cookie}` } })).status).toBe(200);
    const unsigned = await app.request('/api/dataset', { headers: proxied });
    expect([unsigned.status, await errorCode(unsigned)]).toEqual([401, 'unauthorized']);
    // outside team mode nobody signs in, so the host name is what keeps a rebinding page out
    const { app: single } = testApp({ db: store.db, uploadDir: store.uploadDir, settings: testSettings });
    const rebound = await single.request('/api/dataset', { headers: proxied });
    expect([rebound.status, await errorCode(rebound)]).toEqual([403, 'forbidden_host']);
  });
});

describe('outside team mode', () => {
  it('asks nobody to sign in, as before', async () => {
    const { app: single } = testApp({ db: store.db, uploadDir: store.uploadDir, settings: testSettings });
    expect(await (await single.request('/api/session', { headers: host })).json()).toEqual({ teamMode: false, user: null });
    expect((await single.request('/api/dataset', { headers: host })).status).toBe(200);
    expect((await single.request('/api/users', { headers: host })).status).toBe(200);
  });
});
