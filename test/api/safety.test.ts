import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../server/config.ts';
import { openTestStore, refusal, testApp, testSettings } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

describe('safe defaults', () => {
  it('binds loopback by default; any other host turns team mode (sign-in) on', () => {
    expect(readSettings({}).host).toBe('127.0.0.1');
    expect(readSettings({}).teamMode).toBe(false);
    expect(readSettings({ HOST: '0.0.0.0' }).teamMode).toBe(true);
    expect(readSettings({ INVERSA_AUTH: '1' }).teamMode).toBe(true);
    expect(readSettings({ HOST: '0.0.0.0', INVERSA_TOKEN: 'a-long-enough-token' }).host).toBe('0.0.0.0');
    expect(() => readSettings({ INVERSA_ADMIN_NAME: 'ana' })).toThrow(/INVERSA_ADMIN_PASSWORD/);
    expect(() => readSettings({ INVERSA_ADMIN_NAME: 'ana', INVERSA_ADMIN_PASSWORD: 'short' })).toThrow(/INVERSA_ADMIN_PASSWORD/);
    expect(() => readSettings({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('on loopback, answers only requests addressed to a loopback host (no DNS rebinding)', async () => {
    const rebound = await refusal(await store.client.api.health.$get(undefined, { headers: { host: 'evil.example:5177' } }));
    expect([rebound.status, rebound.code]).toEqual([403, 'forbidden_host']);
    for (const host of ['127.0.0.1:5177', 'localhost:5177', '[::1]:5177']) {
      expect((await store.client.api.health.$get(undefined, { headers: { host } })).status).toBe(200);
    }
  });

  it('refuses a POST from another origin, accepts the same origin and clients that send none', async () => {
    const csv = 'order_id,ordered_at,sku,quantity,unit_price\nO1,2025-01-01,A,1,10\n';
    const forged = await uploadFile(store.app, csv, { headers: { host: '127.0.0.1:5177', origin: 'http://evil.example' } });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('forbidden_origin');
    const rows = await store.db.all('SELECT count(*)::INTEGER AS n FROM order_lines');
    expect(rows[0]!.n).toBe(0);
    const sameOrigin = await uploadFile(store.app, csv, { headers: { host: '127.0.0.1:5177', origin: 'http://127.0.0.1:5177' } });
    expect(sameOrigin.status).toBe(200);
    const cli = await uploadFile(store.app, csv, { headers: { host: '127.0.0.1:5177' } });
    expect(cli.status).toBe(200);
  });

  it('with INVERSA_TOKEN, every API call needs the bearer token', async () => {
    const { client } = testApp({
      db: store.db,
      uploadDir: store.uploadDir,
      settings: { ...testSettings, host: '0.0.0.0', token: 'a-long-enough-token', maxUploadBytes: 1024 },
    });
    const none = await refusal(await client.api.health.$get());
    expect([none.status, none.code]).toEqual([401, 'unauthorized']);
    const wrong = await client.api.health.$get(undefined, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await parseResponse(client.api.metrics.summary.$get({ query: {} }, { headers: { authorization: 'Bearer a-long-enough-token' } }));
    expect(right.period.basis).toBe('order');
  });

  it('a non-multipart upload is a 415 with a message, not a stack trace', async () => {
    const res = await store.client.api.imports.$post(undefined, { init: { body: 'a,b\n1,2\n' }, headers: { 'content-type': 'text/csv' } });
    const body = await res.text();
    expect(res.status).toBe(415);
    expect(JSON.parse(body).error.code).toBe('unsupported_media_type');
    expect(body).not.toMatch(/at .*\.ts:\d+/);
  });
});
