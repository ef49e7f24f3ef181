// The email channel: one message per send through the SMTP server the settings name, to every
// address of INVERSA_MAIL_TO, with the attachments (the monthly review's PDF).
import nodemailer from 'nodemailer';
import type { DeliveryOutcome, OutgoingMessage } from './outgoing-message.ts';
import { withRetries, type RetryPolicy, type TryResult } from './retries.ts';

export interface EmailSettings {
  /** nodemailer's URL form: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465; holds a password. */
  smtpUrl: string;
  from: string;
  to: string[];
}

/** Failures that say nothing about the message: the connection dropped, timed out, or the name did not resolve. */
const connectionErrorCodes = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS']);

/**
 * An SMTP 4xx reply is transient by definition (RFC 5321: mailbox busy, try later), a 5xx is
 * permanent (unknown recipient, refused login); a dropped connection may go through next time.
 */
function isTransient(error: { code?: string; responseCode?: number }): boolean {
  if (error.responseCode !== undefined) return error.responseCode >= 400 && error.responseCode < 500;
  return error.code !== undefined && connectionErrorCodes.has(error.code);
}

export function createEmailSender(email: EmailSettings, retry: RetryPolicy) {
  const transport = nodemailer.createTransport({
    url: email.smtpUrl,
    connectionTimeout: retry.timeoutMs,
    greetingTimeout: retry.timeoutMs,
    socketTimeout: retry.timeoutMs,
  });

  async function tryOnce(message: OutgoingMessage): Promise<TryResult> {
    try {
      await transport.sendMail({
        from: email.from,
        to: email.to,
        subject: message.subject,
        text: message.text,
        attachments: message.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
      return { ok: true };
    } catch (error) {
      const smtpError = error as Error & { code?: string; responseCode?: number };
      return { ok: false, error: `the mail server refused or could not be reached: ${smtpError.message}`, retry: isTransient(smtpError) };
    }
  }

  return async function sendEmail(message: OutgoingMessage): Promise<DeliveryOutcome> {
    return { channel: 'email', ...(await withRetries(retry, () => tryOnce(message))) };
  };
}
