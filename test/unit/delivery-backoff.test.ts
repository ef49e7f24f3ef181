import { describe, expect, it } from 'vitest';
import { backoffDelay, type RetryPolicy } from '../../server/delivery/retries.ts';

const policy = (random: number): RetryPolicy => ({ tries: 6, firstDelayMs: 1_000, maxDelayMs: 5_000, timeoutMs: 1_000, random: () => random });

describe('the wait between two tries', () => {
  it('doubles from the first delay up to the longest, half of it fixed and half drawn', () => {
    // ceilings before tries 2..6: 1000, 2000, 4000, then 8000 and 16000 capped at 5000;
    // the wait is ceiling/2 + draw × ceiling/2
    const tries = [2, 3, 4, 5, 6];
    expect(tries.map((n) => backoffDelay(policy(0), n))).toEqual([500, 1_000, 2_000, 2_500, 2_500]);
    expect(tries.map((n) => backoffDelay(policy(0.5), n))).toEqual([750, 1_500, 3_000, 3_750, 3_750]);
  });
});
