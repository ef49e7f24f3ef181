// The MessageSender the alerts and the monthly review's schedule call: every channel the settings
// configure, each with its own retries, all answering an outcome and none throwing.
import type { Settings } from '../config.ts';
import { createEmailSender } from './email-sender.ts';
import type { DeliveryChannel, DeliveryOutcome, MessageSender, OutgoingMessage } from './outgoing-message.ts';
import { createWebhookSender } from './webhook-sender.ts';

export type DeliverySettings = Pick<Settings, 'webhook' | 'email' | 'deliveryRetry'>;

/** The setting that turns each channel on, for the outcome of a send on a channel that is off. */
const channelSetting: Record<DeliveryChannel, string> = { webhook: 'INVERSA_WEBHOOK_URL', email: 'INVERSA_SMTP_URL' };

export function createMessageSender(settings: DeliverySettings): MessageSender {
  const senders = new Map<DeliveryChannel, (message: OutgoingMessage) => Promise<DeliveryOutcome>>();
  if (settings.webhook) senders.set('webhook', createWebhookSender(settings.webhook, settings.deliveryRetry));
  if (settings.email) senders.set('email', createEmailSender(settings.email, settings.deliveryRetry));
  const channels = [...senders.keys()];

  return {
    channels,
    async send(message, on = channels) {
      return Promise.all(
        on.map((channel) => {
          const send = senders.get(channel);
          return send ? send(message) : { channel, ok: false, attempts: 0, error: `the ${channel} channel is not configured (${channelSetting[channel]})` };
        }),
      );
    },
  };
}
