import { describe, expect, it } from 'vitest';
import { readSettings } from '../../server/config.ts';
import { createMessageSender, type DeliverySettings } from '../../server/delivery/message-sender.ts';
import type { OutgoingMessage } from '../../server/delivery/outgoing-message.ts';
import { closeAfterEach } from '../support/delivery-retry.ts';
import { sinkUser, startMailSink } from '../support/mail-sink.ts';
import { closedPortUrl, startWebhookReceiver } from '../support/webhook-receiver.ts';

const alert: OutgoingMessage = {
  event: 'alert',
  subject: 'Devoluciones de Calzado por encima de lo habitual',
  text: 'Calzado: 18 % de las unidades devueltas en marzo.',
  data: { category: 'Calzado' },
};
const noWaits = { tries: 2, firstDelayMs: 1, maxDelayMs: 1_000, timeoutMs: 2_000, wait: async () => {} };
const secret = 'a-shared-secret-for-the-test';

const closing = closeAfterEach();

async function bothChannels(webhookUrl?: string): Promise<DeliverySettings> {
  const hook = closing(await startWebhookReceiver());
  const smtp = closing(await startMailSink());
  return {
    webhook: { url: webhookUrl ?? hook.url, secret },
    email: { smtpUrl: `smtp://${sinkUser.user}:${encodeURIComponent(sinkUser.pass)}@127.0.0.1:${smtp.port}`, from: 'inversa@shop.example', to: ['ana@shop.example'] },
    deliveryRetry: noWaits,
  };
}

describe('the message sender', () => {
  it('sends on every configured channel and answers an outcome for each', async () => {
    const sender = createMessageSender(await bothChannels());
    expect(sender.channels).toEqual(['webhook', 'email']);
    expect(await sender.send(alert)).toEqual([
      { channel: 'webhook', ok: true, attempts: 1 },
      { channel: 'email', ok: true, attempts: 1 },
    ]);
  });

  it('answers a failed outcome for a channel that stays down, without throwing and without holding the others back', async () => {
    const sender = createMessageSender(await bothChannels(await closedPortUrl()));
    const [webhook, email] = await sender.send(alert);
    expect(webhook).toMatchObject({ channel: 'webhook', ok: false, attempts: 2 });
    expect(email).toEqual({ channel: 'email', ok: true, attempts: 1 });
  });

  it('leaves an unconfigured channel out of `channels`, and answers a send on it without a try', async () => {
    const { email, deliveryRetry } = await bothChannels();
    const sender = createMessageSender({ webhook: undefined, email, deliveryRetry });
    expect(sender.channels).toEqual(['email']);
    expect(await sender.send(alert, ['webhook'])).toEqual([
      { channel: 'webhook', ok: false, attempts: 0, error: 'the webhook channel is not configured (INVERSA_WEBHOOK_URL)' },
    ]);
    expect(createMessageSender(readSettings({})).channels).toEqual([]);
  });
});

describe('the delivery settings', () => {
  const mail = { INVERSA_SMTP_URL: 'smtps://inversa:secret@mail.shop.example:465', INVERSA_MAIL_FROM: 'Inversa <inversa@shop.example>', INVERSA_MAIL_TO: 'ana@shop.example, luis@shop.example' };

  it('reads each channel, the addresses split on commas, and the tries', () => {
    const settings = readSettings({ INVERSA_WEBHOOK_URL: 'https://hooks.example.com/x', INVERSA_WEBHOOK_SECRET: secret, INVERSA_DELIVERY_TRIES: '6', ...mail });
    expect(settings.webhook).toEqual({ url: 'https://hooks.example.com/x', secret });
    expect(settings.email).toEqual({ smtpUrl: mail.INVERSA_SMTP_URL, from: 'Inversa <inversa@shop.example>', to: ['ana@shop.example', 'luis@shop.example'] });
    expect(settings.deliveryRetry.tries).toBe(6);
    expect(readSettings({}).deliveryRetry.tries).toBe(4);
    expect([readSettings({}).webhook, readSettings({}).email]).toEqual([undefined, undefined]);
  });

  it('stops at start, naming the setting, on a webhook without its secret or a half-set mail channel, never echoing a secret', () => {
    expect(() => readSettings({ INVERSA_WEBHOOK_URL: 'https://hooks.example.com/x' })).toThrow(/INVERSA_WEBHOOK_SECRET/);
    expect(() => readSettings({ INVERSA_WEBHOOK_URL: 'https://hooks.example.com/x', INVERSA_WEBHOOK_SECRET: 'short' })).toThrow(/at least 16/);
    expect(() => readSettings({ INVERSA_WEBHOOK_URL: 'ftp://hooks.example.com/x', INVERSA_WEBHOOK_SECRET: secret })).toThrow(/INVERSA_WEBHOOK_URL/);
    expect(() => readSettings({ INVERSA_SMTP_URL: mail.INVERSA_SMTP_URL })).toThrow(/INVERSA_MAIL_FROM and INVERSA_MAIL_TO/);
    expect(() => readSettings({ ...mail, INVERSA_MAIL_TO: 'ana@shop.example, luis' })).toThrow(/INVERSA_MAIL_TO/);
    const refusal = (() => {
      try {
        readSettings({ ...mail, INVERSA_SMTP_URL: 'http://inversa:hunter2-password@mail.shop.example' });
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(refusal).toMatch(/INVERSA_SMTP_URL/);
    expect(refusal).not.toContain('hunter2');
  });
});
