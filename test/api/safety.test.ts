import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { readSettings } from '../../server/config.ts';
import { openTestStore } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

describe('safe defaults', () => {
  it('binds loopback by default and refuses another host without a token', () => {
    expect(readSettings({}).host).toBe('127.0.0.1');
    expect(() => readSettings({ HOST: '0.0.0.0' })).toThrow(/INVERSA_TOKEN/);
    expect(readSettings({ HOST: '0.0.0.0', INVERSA_TOKEN: 'a-long-enough-token' }).host).toBe('0.0.0.0');
    expect(() => readSettings({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('on loopback, answers only requests addressed to a loopback host (no DNS rebinding)', async () => {
    const rebound = await store.app.request('/api/health', { headers: { host: 'evil.example:5177' } });
    expect(rebound.status).toBe(403);
    expect((await rebound.json()).error.code).toBe('forbidden_host');
    for (const host of ['127.0.0.1:5177', 'localhost:5177', '[::1]:5177']) {
      expect((await store.app.request('/api/health', { headers: { host } })).status).toBe(200);
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
    const app = createApp({
      db: store.db,
      uploadDir: store.uploadDir,
      settings: { host: '0.0.0.0', token: 'a-long-enough-token', maxUploadBytes: 1024, returnWindowDays: 30 },
    });
    const none = await app.request('/api/health');
    expect(none.status).toBe(401);
    expect((await none.json()).error.code).toBe('unauthorized');
    const wrong = await app.request('/api/health', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await app.request('/api/metrics/summary', { headers: { authorization: 'Bearer a-long-enough-token' } });
    expect(right.status).toBe(200);
  });

  it('a non-multipart upload is a 415 with a message, not a stack trace', async () => {
    const res = await store.app.request('/api/imports', { method: 'POST', body: 'a,b\n1,2\n', headers: { 'content-type': 'text/csv' } });
    expect(res.status).toBe(415);
    const body = await res.json();
    expect(body.error.code).toBe('unsupported_media_type');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});
