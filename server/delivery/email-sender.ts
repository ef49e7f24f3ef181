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
function isTransient(error: SmtpError): boolean {
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

  /**
   * One try, to the recipients still `pending`. A server may take some recipients and refuse
   * others: those it took are not sent again, those refused for now are retried, and those
   * refused for good make the outcome a failure that names them.
   */
  async function tryOnce(message: OutgoingMessage, pending: string[], refusedForGood: string[]): Promise<TryResult> {
    let refusals: Array<{ address: string; error: SmtpError }>;
    try {
      const info = await transport.sendMail({
        from: email.from,
        to: email.to,
        // the header names every recipient; the envelope only those the message has yet to reach
        envelope: { from: email.from, to: pending },
        subject: message.subject,
        text: message.text,
        attachments: message.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
      refusals = recipientRefusals(info);
    } catch (error) {
      const smtpError = error as SmtpError;
      // every recipient refused: nodemailer throws, listing them as it does for a partial refusal
      if (!smtpError.rejected?.length) {
        return { ok: false, error: `the mail server refused or could not be reached: ${smtpError.message}`, retry: isTransient(smtpError) };
      }
      refusals = recipientRefusals(smtpError);
    }
    const forNow = refusals.filter((r) => isTransient(r.error));
    refusedForGood.push(...refusals.filter((r) => !isTransient(r.error)).map(describeRefusal));
    pending.splice(0, pending.length, ...forNow.map((r) => r.address));
    if (pending.length === 0 && refusedForGood.length === 0) return { ok: true };
    return { ok: false, error: `the mail server refused ${[...refusedForGood, ...forNow.map(describeRefusal)].join(', ')}`, retry: pending.length > 0 };
  }

  return async function sendEmail(message: OutgoingMessage): Promise<DeliveryOutcome> {
    const pending = [...email.to];
    const refusedForGood: string[] = [];
    return { channel: 'email', ...(await withRetries(retry, () => tryOnce(message, pending, refusedForGood))) };
  };
}

type SmtpError = Error & { code?: string; responseCode?: number; response?: string; rejected?: string[]; rejectedErrors?: SmtpError[] };

const describeRefusal = (r: { address: string; error: SmtpError }) => `${r.address} (${r.error.response ?? r.error.message})`;

/** Each refused recipient with the server's reply to its RCPT TO. */
function recipientRefusals(result: { rejected?: string[]; rejectedErrors?: SmtpError[] }) {
  return (result.rejected ?? []).map((address, i) => ({ address, error: result.rejectedErrors?.[i] ?? new Error('refused') }));
}
