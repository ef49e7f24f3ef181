import { describe, expect, it } from 'vitest';
import { SignInThrottle } from '../../server/auth/sign-in-throttle.ts';

const minute = 60_000;

describe('SignInThrottle', () => {
  it('refuses an account after 5 failures in 15 minutes, until the oldest leaves the window', () => {
    let now = 0;
    const throttle = new SignInThrottle(() => now);
    for (let i = 0; i < 5; i++) {
      expect(throttle.retryAfterSeconds('Vera', 'a')).toBe(0);
      now = i * minute;
      throttle.failed('vera', `address-${i}`);
    }
    now = 4 * minute + 1000;
    // the first failure (at 0) leaves at 15:00: 15:00 − 4:01 = 10:59
    expect(throttle.retryAfterSeconds('VERA', 'b')).toBe(659);
    now = 15 * minute + 1;
    expect(throttle.retryAfterSeconds('vera', 'b')).toBe(0);
  });

  it('refuses an address after 20 failures over any names; a success clears its account only', () => {
    let now = 0;
    const throttle = new SignInThrottle(() => now);
    for (let i = 0; i < 20; i++) throttle.failed(`name-${i}`, '203.0.113.1');
    // all 20 at 0: the wait is the whole window
    expect(throttle.retryAfterSeconds('someone-else', '203.0.113.1')).toBe(900);
    expect(throttle.retryAfterSeconds('someone-else', '203.0.113.2')).toBe(0);
    for (let i = 0; i < 5; i++) throttle.failed('ana', '198.51.100.1');
    now = minute;
    throttle.succeeded('ana');
    expect(throttle.retryAfterSeconds('ana', '198.51.100.2')).toBe(0);
  });
});
