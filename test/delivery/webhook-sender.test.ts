import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '../../server/delivery/outgoing-message.ts';
import { createWebhookSender } from '../../server/delivery/webhook-sender.ts';
import { closeAfterEach, recordedRetry } from '../support/delivery-retry.ts';
import { closedPortUrl, startWebhookReceiver, type ScriptedAnswer } from '../support/webhook-receiver.ts';

const secret = 'a-shared-secret-for-the-test';

/** The receiver's check, written from docs/api.md ("Webhook: checking the signature"), not from the sender. */
function verifyInversaWebhook(key: string, headers: IncomingHttpHeaders, rawBody: string, toleranceSeconds = 300): boolean {
  const timestamp = headers['x-inversa-timestamp'];
  const signature = headers['x-inversa-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const expected = 'sha256=' + createHmac('sha256', key).update(`${timestamp}.${rawBody}`).digest('hex');
  return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

const pdfBytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x80, 0x0a]);
const alert: OutgoingMessage = {
  event: 'alert',
  subject: 'La tasa de devolución de Calzado subió al 18 %',
  text: 'Calzado: 18 % de las unidades devueltas en marzo, frente al 11 % de referencia.',
  data: { category: 'Calzado', returnRateUnits: 0.18, baseline: 0.11 },
  attachments: [{ filename: 'revision-marzo.pdf', contentType: 'application/pdf', content: pdfBytes }],
};

const closing = closeAfterEach();
const receiver = async (script: ScriptedAnswer[] = []) => closing(await startWebhookReceiver(script));

describe('the webhook channel', () => {
  it('posts the JSON body, signed over the timestamp and the raw body; a tampered body fails the check', async () => {
    const hook = await receiver();
    const outcome = await createWebhookSender({ url: hook.url, secret }, recordedRetry(3).policy)(alert);
    expect(outcome).toEqual({ channel: 'webhook', ok: true, attempts: 1 });

    const [post] = hook.received;
    expect(post!.headers['content-type']).toBe('application/json');
    expect(post!.headers['x-inversa-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyInversaWebhook(secret, post!.headers, post!.rawBody)).toBe(true);
    expect(verifyInversaWebhook('another-secret-of-some-length', post!.headers, post!.rawBody)).toBe(false);
    expect(verifyInversaWebhook(secret, post!.headers, post!.rawBody.replace('0.18', '0.08'))).toBe(false);

    const body = JSON.parse(post!.rawBody);
    expect(body).toEqual({
      event: 'alert',
      text: alert.subject,
      data: alert.data,
      attachments: [{ filename: 'revision-marzo.pdf', contentType: 'application/pdf', contentBase64: expect.any(String) }],
      sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(Buffer.from(body.attachments[0].contentBase64, 'base64').equals(pdfBytes)).toBe(true);
  });

  it('signs the timestamp too: a replay that puts a fresh timestamp on an old signed body fails the check', async () => {
    const hook = await receiver();
    await createWebhookSender({ url: hook.url, secret }, recordedRetry(1).policy)(alert);
    const [post] = hook.received;
    // an old delivery, captured and sent again later: a stale timestamp is refused by the tolerance,
    // and a rewritten one no longer matches the signature
    const captured = { ...post!.headers, 'x-inversa-timestamp': String(Number(post!.headers['x-inversa-timestamp']) - 600) };
    expect(verifyInversaWebhook(secret, captured, post!.rawBody, 3600)).toBe(false);
    expect(verifyInversaWebhook(secret, post!.headers, post!.rawBody, 3600)).toBe(true);
  });

  it('retries a 503 twice after backing off, then succeeds on the third try with the same delivery id', async () => {
    const hook = await receiver([{ status: 503 }, { status: 503 }, { status: 200 }]);
    const { policy, waits } = recordedRetry(4);
    const outcome = await createWebhookSender({ url: hook.url, secret }, policy)(alert);
    expect(outcome).toEqual({ channel: 'webhook', ok: true, attempts: 3 });
    // before try 2: ceiling 100 ms, half of it fixed and half × 0.5 drawn = 50 + 25 = 75;
    // before try 3: ceiling 200 ms → 100 + 50 = 150
    expect(waits).toEqual([75, 150]);
    expect(hook.received).toHaveLength(3);
    expect(new Set(hook.received.map((p) => p.headers['x-inversa-delivery'])).size).toBe(1);
    for (const post of hook.received) expect(verifyInversaWebhook(secret, post.headers, post.rawBody)).toBe(true);
  });

  it('gives a receiver that is down the configured number of tries, then answers a failed outcome', async () => {
    const { policy, waits } = recordedRetry(3);
    const outcome = await createWebhookSender({ url: await closedPortUrl(), secret }, policy)(alert);
    expect(outcome).toMatchObject({ channel: 'webhook', ok: false, attempts: 3 });
    expect(outcome.error).toMatch(/could not be reached: .*ECONNREFUSED/);
    expect(waits).toHaveLength(2);
  });

  it('does not retry a 400 (the body is refused, and would be again), and keeps what the receiver said', async () => {
    const hook = await receiver([{ status: 400, body: 'invalid_payload' }]);
    const outcome = await createWebhookSender({ url: hook.url, secret }, recordedRetry(4).policy)(alert);
    expect(outcome).toEqual({ channel: 'webhook', ok: false, attempts: 1, error: 'the webhook answered 400: invalid_payload' });
    expect(hook.received).toHaveLength(1);
  });

  it("waits what a 429's Retry-After asks, and gives up at once when it asks for longer than the sender waits", async () => {
    const patient = await receiver([{ status: 429, headers: { 'retry-after': '2' } }, { status: 200 }]);
    const first = recordedRetry(4);
    expect(await createWebhookSender({ url: patient.url, secret }, first.policy)(alert)).toEqual({ channel: 'webhook', ok: true, attempts: 2 });
    expect(first.waits).toEqual([2_000]);

    const busy = await receiver([{ status: 429, headers: { 'retry-after': '3600' } }]);
    const second = recordedRetry(4);
    const outcome = await createWebhookSender({ url: busy.url, secret }, second.policy)(alert);
    expect(outcome).toMatchObject({ ok: false, attempts: 1 });
    expect(outcome.error).toMatch(/answered 429.*retried in 3600 s/);
    expect(second.waits).toEqual([]);
  });

  it('counts a try that gets no answer within the timeout as failed, and retries it', async () => {
    const hook = await receiver(['hang', 'hang']);
    const outcome = await createWebhookSender({ url: hook.url, secret }, recordedRetry(2, { timeoutMs: 200 }).policy)(alert);
    expect(outcome).toEqual({ channel: 'webhook', ok: false, attempts: 2, error: 'the webhook could not be reached: no answer within 200 ms' });
    expect(hook.received).toHaveLength(2);
  });
});
