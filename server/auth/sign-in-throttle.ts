/** docs/api.md, "Sign-in": failures counted over a sliding 15 minutes. */
export const throttleWindowMs = 15 * 60_000;
/** Failures before an account is refused: guessing, not a person mistyping. */
export const failuresPerAccount = 5;
/** Higher per address: a team behind one office address mistypes together. */
export const failuresPerAddress = 20;

/** One sign-in attempt the throttle let through, counted as a failure until `succeeded` says otherwise. */
export interface SignInAttempt {
  /** Seconds to wait when the attempt was refused (nothing was counted), else 0. */
  retryAfterSeconds: number;
  /**
   * A refusal the audit trail has not heard of: the first for its account or address in the
   * window. Refusals check no password, so recording each would let a script grow the database.
   */
  firstRefusal: boolean;
  /** The password was right: the account's count is cleared and this attempt leaves the address's. */
  succeeded(): void;
}

/**
 * Failed sign-ins per account and per address, in memory: a restart forgets them, and two servers
 * would count apart (one Inversa serves a team, so one process counts).
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();
  /** When each account or address last had a refusal recorded. */
  private readonly refusalsRecorded = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Counts the attempt as failed before its password is checked: the check is slow (scrypt), and
   * attempts counted only after it would all pass the limit together when sent at once.
   */
  begin(account: string, address: string): SignInAttempt {
    const keys = [`account:${account.toLowerCase()}`, `address:${address}`] as const;
    const waits = [this.wait(keys[0], failuresPerAccount), this.wait(keys[1], failuresPerAddress)];
    const retryAfterSeconds = Math.ceil(Math.max(...waits) / 1000);
    const at = this.now();
    if (retryAfterSeconds > 0) {
      const unrecorded = keys.filter((key, i) => waits[i]! > 0 && !((this.refusalsRecorded.get(key) ?? -Infinity) > at - throttleWindowMs));
      for (const key of unrecorded) this.refusalsRecorded.set(key, at);
      return { retryAfterSeconds, firstRefusal: unrecorded.length > 0, succeeded: () => {} };
    }
    for (const key of keys) this.failures.set(key, [...this.recent(key), at]);
    // Once the map holds 10,000 keys, those with no failure left in the window are dropped, and the
    // refusals recorded before the window with them: memory follows the last 15 minutes, not every
    // name ever tried.
    if (this.failures.size > 10_000) {
      for (const key of [...this.failures.keys()]) if (this.recent(key).length === 0) this.failures.delete(key);
      for (const [key, recorded] of [...this.refusalsRecorded]) if (recorded <= at - throttleWindowMs) this.refusalsRecorded.delete(key);
    }
    return {
      retryAfterSeconds: 0,
      firstRefusal: false,
      succeeded: () => {
        this.failures.delete(keys[0]);
        const sameAddress = this.failures.get(keys[1]) ?? [];
        const reserved = sameAddress.lastIndexOf(at);
        if (reserved >= 0) this.failures.set(keys[1], sameAddress.toSpliced(reserved, 1));
      },
    };
  }

  private recent(key: string): number[] {
    const since = this.now() - throttleWindowMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }

  /** Past the limit, the wait is until the oldest failure that keeps it over falls out of the window. */
  private wait(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    return recent[recent.length - limit]! + throttleWindowMs - this.now();
  }
}
