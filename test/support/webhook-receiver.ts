import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  headers: http.IncomingHttpHeaders;
  /** The body as the bytes arrived, which is what the signature covers. */
  rawBody: string;
}

/** One scripted answer: a status, optional headers and body; `hang` never answers (a receiver that stalls). */
export type ScriptedAnswer = { status: number; headers?: Record<string, string>; body?: string } | 'hang';

/**
 * A webhook receiver on a loopback port chosen by the OS: it records every POST and answers the
 * next scripted answer (200 once the script runs out).
 */
export async function startWebhookReceiver(script: ScriptedAnswer[] = []) {
  const received: ReceivedPost[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, rawBody: Buffer.concat(chunks).toString('utf8') });
      const answer = script.shift() ?? { status: 200 };
      if (answer === 'hang') return;
      response.writeHead(answer.status, answer.headers).end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/inversa`,
    received,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A URL on which nothing listens: a port the OS gave, then closed. */
export async function closedPortUrl() {
  const receiver = await startWebhookReceiver();
  await receiver.close();
  return receiver.url;
}
