import { describe, expect, it } from 'vitest';
import { createEmailSender, type EmailSettings } from '../../server/delivery/email-sender.ts';
import type { OutgoingMessage } from '../../server/delivery/outgoing-message.ts';
import { closeAfterEach, recordedRetry } from '../support/delivery-retry.ts';
import { sinkUser, startMailSink } from '../support/mail-sink.ts';
import { readMail } from '../support/raw-mail.ts';

// every byte value once: an attachment that survives the trip byte for byte is not mangled as text
const pdfBytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const review: OutgoingMessage = {
  event: 'monthly_review',
  subject: 'Revisión mensual de devoluciones: marzo de 2026',
  text: 'La tasa de devolución por unidades bajó del 12,4 % al 11,9 %.\nEl informe completo va adjunto.',
  data: { month: '2026-03' },
  attachments: [{ filename: 'revision-2026-03.pdf', contentType: 'application/pdf', content: pdfBytes }],
};

const closing = closeAfterEach();
const sink = async (refuseRecipients: number[] = []) => closing(await startMailSink(refuseRecipients));

/** The settings for a sink, the login written into the URL percent-encoded as nodemailer's URL form wants. */
const emailTo = (port: number, login = sinkUser): EmailSettings => ({
  smtpUrl: `smtp://${encodeURIComponent(login.user)}:${encodeURIComponent(login.pass)}@127.0.0.1:${port}`,
  from: 'Inversa <inversa@shop.example>',
  to: ['ana@shop.example', 'luis@shop.example'],
});

describe('the email channel', () => {
  it('signs in and delivers the subject, From, To, the text and the attachment byte for byte', async () => {
    const smtp = await sink();
    const outcome = await createEmailSender(emailTo(smtp.port), recordedRetry(3, { timeoutMs: 5_000 }).policy)(review);
    expect(outcome).toEqual({ channel: 'email', ok: true, attempts: 1 });

    const [mail] = smtp.mails;
    expect(mail!.mailFrom).toBe('inversa@shop.example');
    expect(mail!.rcptTo).toEqual(['ana@shop.example', 'luis@shop.example']);
    const message = readMail(mail!.raw);
    expect(message.header('subject')).toBe('Revisión mensual de devoluciones: marzo de 2026');
    expect(message.header('from')).toBe('Inversa <inversa@shop.example>');
    expect(message.header('to')).toBe('ana@shop.example, luis@shop.example');
    expect(message.header('content-type')).toMatch(/^multipart\/mixed/);

    const [text, attachment] = message.parts;
    expect(text!.header('content-type')).toMatch(/^text\/plain/);
    expect(text!.content.toString('utf8').replace(/\r\n/g, '\n')).toBe(review.text);
    expect(attachment!.header('content-type')).toMatch(/^application\/pdf/);
    expect(attachment!.header('content-disposition')).toMatch(/^attachment; filename="?revision-2026-03\.pdf"?$/);
    expect(attachment!.content.equals(pdfBytes)).toBe(true);
  });

  it('retries a recipient refused for now (451) on the next try, without sending again to the one already reached', async () => {
    const smtp = await sink([451]);
    const { policy, waits } = recordedRetry(3, { timeoutMs: 5_000 });
    expect(await createEmailSender(emailTo(smtp.port), policy)(review)).toEqual({ channel: 'email', ok: true, attempts: 2 });
    // before try 2: ceiling 100 ms → 50 fixed + 0.5 × 50 drawn = 75
    expect(waits).toEqual([75]);
    // try 1: ana refused with 451, luis reached; try 2: ana alone. Both copies' To name both.
    expect(smtp.mails.map((m) => m.rcptTo)).toEqual([['luis@shop.example'], ['ana@shop.example']]);
    for (const mail of smtp.mails) expect(readMail(mail.raw).header('to')).toBe('ana@shop.example, luis@shop.example');
  });

  it('retries a server that refuses every recipient for now (451, 451)', async () => {
    const smtp = await sink([451, 451]);
    expect(await createEmailSender(emailTo(smtp.port), recordedRetry(3, { timeoutMs: 5_000 }).policy)(review)).toEqual({ channel: 'email', ok: true, attempts: 2 });
    expect(smtp.mails.map((m) => m.rcptTo)).toEqual([['ana@shop.example', 'luis@shop.example']]);
  });

  it('does not retry a permanent refusal (550, a wrong password), and names the recipient it could not reach', async () => {
    const refusingAll = await sink([550, 550]);
    const refused = await createEmailSender(emailTo(refusingAll.port), recordedRetry(3, { timeoutMs: 5_000 }).policy)(review);
    expect(refused).toMatchObject({ channel: 'email', ok: false, attempts: 1 });
    expect(refused.error).toMatch(/ana@shop\.example \(550 .*luis@shop\.example \(550 /);

    const refusingOne = await sink([550]);
    const partly = await createEmailSender(emailTo(refusingOne.port), recordedRetry(3, { timeoutMs: 5_000 }).policy)(review);
    expect(partly).toMatchObject({ channel: 'email', ok: false, attempts: 1 });
    expect(partly.error).toMatch(/^the mail server refused ana@shop\.example \(550 /);
    expect(refusingOne.mails.map((m) => m.rcptTo)).toEqual([['luis@shop.example']]);

    const smtp = await sink();
    const badLogin = await createEmailSender(emailTo(smtp.port, { user: sinkUser.user, pass: 'wrong' }), recordedRetry(3, { timeoutMs: 5_000 }).policy)(review);
    expect(badLogin).toMatchObject({ channel: 'email', ok: false, attempts: 1 });
    expect(badLogin.error).toMatch(/535/);
    expect(badLogin.error).not.toContain('wrong');
  });

  it('gives a mail server that is down the configured number of tries, then answers a failed outcome', async () => {
    const smtp = await sink();
    await smtp.close();
    const { policy, waits } = recordedRetry(3, { timeoutMs: 5_000 });
    const outcome = await createEmailSender(emailTo(smtp.port), policy)(review);
    expect(outcome).toMatchObject({ channel: 'email', ok: false, attempts: 3 });
    expect(outcome.error).toMatch(/ECONNREFUSED/);
    expect(waits).toHaveLength(2);
  });
});
