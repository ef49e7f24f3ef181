import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SunkMail {
  mailFrom: string;
  rcptTo: string[];
  /** The message as the client wrote it: headers and MIME body. */
  raw: string;
}

export const sinkUser = { user: 'inversa', pass: 'p@ss:word%' };

/**
 * An SMTP server on a loopback port chosen by the OS, without TLS, that takes `sinkUser`'s
 * login only and keeps every message. Each code in `refuseRecipients` refuses one RCPT TO with
 * that SMTP reply (451: try later; 550: no such mailbox) before recipients are taken again.
 */
export async function startMailSink(refuseRecipients: number[] = []) {
  const mails: SunkMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === sinkUser.user && auth.password === sinkUser.pass) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, callback) {
      const code = refuseRecipients.shift();
      callback(code === undefined ? null : Object.assign(new Error(`refused for the test (${code})`), { responseCode: code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom;
        mails.push({ mailFrom: from ? from.address : '', rcptTo: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
