import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { closeAfterEach } from '../support/delivery-retry.ts';
import { sinkUser, startMailSink } from '../support/mail-sink.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';

// `inversa notify-test` through the published entry point, against loopback receivers.

const secret = 'the-operators-webhook-secret';
const unset = { INVERSA_WEBHOOK_URL: '', INVERSA_WEBHOOK_SECRET: '', INVERSA_SMTP_URL: '', INVERSA_MAIL_FROM: '', INVERSA_MAIL_TO: '' };

function notifyTest(env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; output: string }> {
  // spawn, not spawnSync: the receivers answer from this process's event loop
  const child = spawn(process.execPath, ['server/bin/inversa.mjs', 'notify-test', ...args], { env: { ...process.env, ...unset, ...env } });
  let output = '';
  child.stdout.on('data', (text: Buffer) => (output += text.toString()));
  child.stderr.on('data', (text: Buffer) => (output += text.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

const closing = closeAfterEach();

describe('inversa notify-test', () => {
  it('sends a signed test message on each configured channel, prints how each went, and never prints a secret', async () => {
    const hook = closing(await startWebhookReceiver());
    const smtp = closing(await startMailSink([550]));
    const { code, output } = await notifyTest({
      INVERSA_WEBHOOK_URL: hook.url,
      INVERSA_WEBHOOK_SECRET: secret,
      INVERSA_SMTP_URL: `smtp://${sinkUser.user}:${encodeURIComponent(sinkUser.pass)}@127.0.0.1:${smtp.port}`,
      INVERSA_MAIL_FROM: 'inversa@shop.example',
      INVERSA_MAIL_TO: 'nobody@shop.example',
    });
    expect(output.split('\n').filter(Boolean)).toEqual([
      '[inversa] webhook: sent (1 try)',
      expect.stringMatching(/^\[inversa\] email: not sent after 1 try: the mail server refused nobody@shop\.example \(550 /),
    ]);
    expect(code).toBe(1);
    expect(output).not.toContain(secret);
    expect(output).not.toContain(sinkUser.pass);

    const [post] = hook.received;
    const timestamp = post!.headers['x-inversa-timestamp'] as string;
    expect(post!.headers['x-inversa-signature']).toBe(`sha256=${createHmac('sha256', secret).update(`${timestamp}.${post!.rawBody}`).digest('hex')}`);
    expect(JSON.parse(post!.rawBody)).toMatchObject({ event: 'test', text: expect.stringContaining('test message') });
  });

  it('says which settings to set when no channel is configured, and exits 1', async () => {
    const { code, output } = await notifyTest({});
    expect(code).toBe(1);
    expect(output).toMatch(/no delivery channel is configured: set INVERSA_WEBHOOK_URL/);
  });
});
