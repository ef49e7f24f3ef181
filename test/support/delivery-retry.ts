import { afterEach } from 'vitest';
import type { RetryPolicy } from '../../server/delivery/retries.ts';

/**
 * A retry policy for tests: the waits the sender asks for are recorded instead of spent (no test
 * waits on a clock), and the jitter's draw is fixed at one half, so the waits can be worked out.
 */
export function recordedRetry(tries: number, overrides: Partial<RetryPolicy> = {}) {
  const waits: number[] = [];
  const policy: RetryPolicy = { tries, firstDelayMs: 100, maxDelayMs: 5_000, timeoutMs: 2_000, wait: async (ms) => void waits.push(ms), random: () => 0.5, ...overrides };
  return { policy, waits };
}

/** Registers the file's loopback servers to close after each test; answers the server it is given. */
export function closeAfterEach() {
  const open: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return <Server extends { close(): Promise<void> }>(server: Server) => {
    open.push(server);
    return server;
  };
}
