// The contract between what Inversa has to say (alerts, the monthly review) and the channels that
// carry it out of the app (webhook, email). Senders never throw for a channel that stays down: they
// answer an outcome per channel, so that the caller can put the failure in the inbox.

export type DeliveryChannel = 'webhook' | 'email';

export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface OutgoingMessage {
  /** What it is about: the webhook body's `event` (`test`: sent by `inversa notify-test`). */
  event: 'alert' | 'monthly_review' | 'test';
  /** One line: the email's subject, and the webhook body's `text` (what Slack and Teams show). */
  subject: string;
  /** The email's plain-text body. */
  text: string;
  /** The webhook body's `data`: the same facts, structured. */
  data: Record<string, unknown>;
  attachments?: Attachment[];
}

export interface DeliveryOutcome {
  channel: DeliveryChannel;
  ok: boolean;
  /** Tries made, the first included. */
  attempts: number;
  /** Why the last try failed, when it did. */
  error?: string;
}

export interface MessageSender {
  /** The channels the settings configure; sending on another is refused. */
  readonly channels: readonly DeliveryChannel[];
  /** Sends on `channels` (default: every configured one), retrying each as its settings say. */
  send(message: OutgoingMessage, channels?: readonly DeliveryChannel[]): Promise<DeliveryOutcome[]>;
}
