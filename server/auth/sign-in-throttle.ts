/** docs/api.md, "Sign-in": failures counted over a sliding 15 minutes. */
export const throttleWindowMs = 15 * 60_000;
/** Failures before an account is refused: guessing, not a person mistyping. */
export const failuresPerAccount = 5;
/** Higher per address: a team behind one office address mistypes together. */
export const failuresPerAddress = 20;

/**
 * Failed sign-ins per account and per address, in memory: a restart forgets them, and two servers
 * would count apart (one Inversa serves a team, so one process counts).
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds until an attempt for this account from this address may be tried, or 0 when it may now. */
  retryAfterSeconds(account: string, address: string): number {
    const waits = [this.wait(`account:${account.toLowerCase()}`, failuresPerAccount), this.wait(`address:${address}`, failuresPerAddress)];
    return Math.ceil(Math.max(...waits) / 1000);
  }

  failed(account: string, address: string): void {
    for (const key of [`account:${account.toLowerCase()}`, `address:${address}`]) this.failures.set(key, [...this.recent(key), this.now()]);
    // keys of names tried once are dropped when the map grows, so a spray of names cannot fill memory
    if (this.failures.size > 10_000) for (const key of [...this.failures.keys()]) if (this.recent(key).length === 0) this.failures.delete(key);
  }

  /** A right password clears its account's count; the address keeps its own. */
  succeeded(account: string): void {
    this.failures.delete(`account:${account.toLowerCase()}`);
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
