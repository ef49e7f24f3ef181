import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { alertRuleSchema } from '../../server/alerts/alert-rules.ts';
import { addRule } from '../../server/alerts/alert-store.ts';
import { Database } from '../../server/store/database.ts';
import { constantRateShopFiles } from '../support/constant-rate-shop.ts';
import { closeAfterEach } from '../support/delivery-retry.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';

// `inversa import` through the published entry point: the alert its check fires leaves on the
// configured webhook before the command ends, as it would after an import through the server.

const closing = closeAfterEach();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function inversa(args: string[], env: Record<string, string>): Promise<number | null> {
  // spawn, not spawnSync: the receiver answers from this process's event loop
  const child = spawn(process.execPath, ['server/bin/inversa.mjs', ...args], { env: { ...process.env, ...env }, stdio: 'ignore' });
  return new Promise((resolve) => child.on('close', resolve));
}

describe('an alert after a command-line import', () => {
  it('is posted to the webhook before the command ends', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-cli-alert-'));
    dirs.push(dir);
    const database = path.join(dir, 'inversa.duckdb');
    const db = await Database.open({ path: database, readers: 1 });
    // the constant-rate shop returns 8.3 % of December's units (alerts-api.test.ts): above 8 %
    await addRule(db, alertRuleSchema.parse({ name: 'Tasa', kind: 'threshold', threshold: 0.08, channels: ['webhook'] }));
    db.close();
    const hook = closing(await startWebhookReceiver());
    const files = constantRateShopFiles();

    const code = await inversa(['import', files.orders, files.returns], {
      INVERSA_DB: database,
      INVERSA_WEBHOOK_URL: hook.url,
      INVERSA_WEBHOOK_SECRET: 'the-operators-webhook-secret',
    });
    expect(code).toBe(0);
    expect(hook.received.map((post) => JSON.parse(post.rawBody).event)).toEqual(['alert']);
    expect(JSON.parse(hook.received[0]!.rawBody).data).toMatchObject({ rule: { name: 'Tasa' }, figures: { measure: 'returnRate', n: 300 } });
  }, 120_000);
});
