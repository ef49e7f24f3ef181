import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/serve.ts';

let server: RunningServer;
const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-abort-'));
beforeAll(async () => {
  server = await startServer(readSettings({ PORT: '0', INVERSA_DEMO: '0', INVERSA_DB: path.join(dbDir, 'inversa.duckdb') }), {
    buildWeb: false,
  });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dbDir, { recursive: true, force: true });
});

/** Starts a multipart upload of a large file, sends part of it, then drops the connection. */
function abandonUpload(url: string): Promise<void> {
  return new Promise((resolve) => {
    const boundary = 'inversa-test-boundary';
    const request = http.request(`${url}/api/imports`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(50 * 1024 * 1024) },
    });
    request.on('error', () => resolve());
    request.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`);
    request.write(`order_id,ordered_at,sku,quantity,unit_price\n${'O1,2025-01-01,A,1,10\n'.repeat(50_000)}`, () => {
      setTimeout(() => {
        request.destroy();
        resolve();
      }, 100);
    });
  });
}

describe('an upload the client abandons half-way', () => {
  it('leaves the server answering, with nothing imported', async () => {
    for (let attempt = 0; attempt < 3; attempt++) await abandonUpload(server.url);
    await new Promise((r) => setTimeout(r, 300));
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    const { rows } = await (await fetch(`${server.url}/api/imports`)).json();
    expect(rows).toEqual([]);
  });
});
