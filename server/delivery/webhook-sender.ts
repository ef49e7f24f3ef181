// The webhook channel: a JSON POST that Slack, Teams or n8n can read (`text`), signed so that a
// receiver of our own can tell it came from this server and was not replayed (docs/api.md,
// "Webhook"). The signature covers a timestamp and the raw body, as Stripe's and GitHub's do.
import { createHmac, randomUUID } from 'node:crypto';
import type { DeliveryOutcome, OutgoingMessage } from './outgoing-message.ts';
import { withRetries, type RetryPolicy, type TryResult } from './retries.ts';

export interface WebhookSettings {
  url: string;
  /** The HMAC key the receiver shares; never logged nor sent. */
  secret: string;
}

/** The body, as it is signed and sent. */
export function webhookBody(message: OutgoingMessage, sentAt: Date): string {
  return JSON.stringify({
    event: message.event,
    text: message.subject,
    data: message.data,
    ...(message.attachments?.length
      ? {
          attachments: message.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, contentBase64: a.content.toString('base64') })),
        }
      : {}),
    sentAt: sentAt.toISOString(),
  });
}

/** `X-Inversa-Signature`: `sha256=` and the hex HMAC-SHA256 of `<timestamp>.<raw body>`. */
export function webhookSignature(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

/** `Retry-After` in seconds or as an HTTP date, as milliseconds from now. */
function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const ms = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

/** Slack and n8n say in a few words why they refused a body; that is worth keeping in the inbox. */
const answerExcerpt = async (response: Response) => (await response.text().catch(() => '')).trim().slice(0, 200);

export function createWebhookSender(webhook: WebhookSettings, retry: RetryPolicy) {
  async function tryOnce(rawBody: string, deliveryId: string): Promise<TryResult> {
    // signed at each try: a retry a minute later still falls within the receiver's tolerance
    const timestamp = String(Math.floor(Date.now() / 1000));
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Inversa',
          'x-inversa-timestamp': timestamp,
          'x-inversa-signature': webhookSignature(webhook.secret, timestamp, rawBody),
          'x-inversa-delivery': deliveryId,
        },
        body: rawBody,
        // a redirected POST would arrive as a GET, unsigned body lost: the URL must be the final one
        redirect: 'manual',
        signal: AbortSignal.timeout(retry.timeoutMs),
      });
      const excerpt = await answerExcerpt(response);
      if (response.ok) return { ok: true };
      const transient = response.status === 429 || response.status >= 500;
      return {
        ok: false,
        error: `the webhook answered ${response.status}${excerpt ? `: ${excerpt}` : ''}`,
        retry: transient,
        retryAfterMs: transient ? retryAfterMs(response.headers.get('retry-after'), Date.now()) : undefined,
      };
    } catch (error) {
      return { ok: false, error: `the webhook could not be reached: ${networkReason(error, retry.timeoutMs)}`, retry: true };
    }
  }

  return async function sendWebhook(message: OutgoingMessage): Promise<DeliveryOutcome> {
    const rawBody = webhookBody(message, new Date());
    // the same id on every try, so that a receiver can drop a retry of what it already took
    const deliveryId = randomUUID();
    return { channel: 'webhook', ...(await withRetries(retry, () => tryOnce(rawBody, deliveryId))) };
  };
}

/** Why fetch failed, without the URL (a Slack or Teams webhook URL is itself a secret). */
function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  // fetch's own message is "fetch failed"; its cause says what happened (connect ECONNREFUSED
  // 127.0.0.1:8080, getaddrinfo ENOTFOUND host), naming the host but never the path
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}
