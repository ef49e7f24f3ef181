// How every channel retries: a receiver that is briefly down or busy should not cost an alert, and
// one that keeps failing should not hold the caller for long. The channel says what one try
// gave and whether trying again could help; this file decides when, and when to stop.

export interface RetryPolicy {
  /** Tries per message and channel, the first included. */
  tries: number;
  /** The wait before the second try; each later wait doubles, up to `maxDelayMs`. */
  firstDelayMs: number;
  /** The longest wait between two tries, and the longest `Retry-After` a receiver may ask for. */
  maxDelayMs: number;
  /** How long one try may take before it counts as failed. */
  timeoutMs: number;
  /** Waits between tries; a test passes one that records the waits instead of spending them. */
  wait?: (ms: number) => Promise<void>;
  /** A draw in [0, 1) for the jitter (Math.random unless a test fixes it). */
  random?: () => number;
}

/** What one try gave: sent, or why not and whether another try could help. */
export type TryResult = { ok: true } | { ok: false; error: string; retry: boolean; retryAfterMs?: number };

export interface RetriedOutcome {
  ok: boolean;
  attempts: number;
  error?: string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The wait before try number `nextTry` (2 for the first retry): exponential, with "equal jitter"
 * (half fixed, half random) so that senders failing together do not all come back at once.
 */
export function backoffDelay(policy: RetryPolicy, nextTry: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (nextTry - 2));
  const random = policy.random ?? Math.random;
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Runs `tryOnce` until it succeeds, says retrying cannot help, or the tries run out; never throws. */
export async function withRetries(policy: RetryPolicy, tryOnce: () => Promise<TryResult>): Promise<RetriedOutcome> {
  const wait = policy.wait ?? sleep;
  for (let attempt = 1; ; attempt++) {
    const result = await tryOnce().catch((error: unknown): TryResult => ({ ok: false, error: String(error), retry: false }));
    if (result.ok) return { ok: true, attempts: attempt };
    if (!result.retry || attempt >= policy.tries) return { ok: false, attempts: attempt, error: result.error };
    if (result.retryAfterMs !== undefined && result.retryAfterMs > policy.maxDelayMs) {
      // retrying sooner than the receiver asked would only be refused again
      const seconds = Math.ceil(result.retryAfterMs / 1000);
      return { ok: false, attempts: attempt, error: `${result.error}; it asked to be retried in ${seconds} s, later than this sender waits` };
    }
    await wait(result.retryAfterMs ?? backoffDelay(policy, attempt + 1));
  }
}
