import { describe, expect, it } from 'vitest';
import { SignInThrottle } from '../../server/auth/sign-in-throttle.ts';

const minute = 60_000;

describe('SignInThrottle', () => {
  it('refuses an account after 5 failures in 15 minutes, until the oldest leaves the window', () => {
    let now = 0;
    const throttle = new SignInThrottle(() => now);
    for (let i = 0; i < 5; i++) {
      now = i * minute;
      expect(throttle.begin(i === 0 ? 'Vera' : 'vera', `address-${i}`).retryAfterSeconds).toBe(0);
    }
    now = 4 * minute + 1000;
    // the first failure (at 0) leaves at 15:00: 15:00 − 4:01 = 10:59
    expect(throttle.begin('VERA', 'b').retryAfterSeconds).toBe(659);
    now = 15 * minute + 1;
    expect(throttle.begin('vera', 'b').retryAfterSeconds).toBe(0);
  });

  it('counts an attempt before its password is checked: the sixth at once is refused', () => {
    const throttle = new SignInThrottle(() => 0);
    const pending = Array.from({ length: 6 }, (_, i) => throttle.begin('ana', `address-${i}`));
    expect(pending.map((attempt) => attempt.retryAfterSeconds)).toEqual([0, 0, 0, 0, 0, 900]);
  });

  it('refuses an address after 20 failures over any names; a success clears its account and leaves the address', () => {
    let now = 0;
    const throttle = new SignInThrottle(() => now);
    for (let i = 0; i < 20; i++) throttle.begin(`name-${i}`, '203.0.113.1');
    // all 20 at 0: the wait is the whole window
    expect(throttle.begin('someone-else', '203.0.113.1').retryAfterSeconds).toBe(900);
    expect(throttle.begin('someone-else', '203.0.113.2').retryAfterSeconds).toBe(0);
    for (let i = 0; i < 4; i++) throttle.begin('ana', '198.51.100.1');
    now = minute;
    throttle.begin('ana', '198.51.100.1').succeeded();
    // ana's account starts again; the address keeps its 4 failures, not the sign-in that succeeded
    for (let i = 0; i < 5; i++) expect(throttle.begin('ana', '198.51.100.2').retryAfterSeconds).toBe(0);
    for (let i = 0; i < 16; i++) expect(throttle.begin(`other-${i}`, '198.51.100.1').retryAfterSeconds).toBe(0);
    expect(throttle.begin('other-16', '198.51.100.1').retryAfterSeconds).toBeGreaterThan(0);
  });

  it('says which refusal is the first of its account or address in the window, the one the trail records', () => {
    let now = 0;
    const throttle = new SignInThrottle(() => now);
    for (let i = 0; i < 5; i++) throttle.begin('ana', 'a');
    expect([1, 2, 3].map(() => throttle.begin('ana', 'b').firstRefusal)).toEqual([true, false, false]);
    now = 10 * minute;
    expect(throttle.begin('ana', 'c').firstRefusal).toBe(false);
    // the failures that refused ana leave the window at 15:00; new ones refuse her again, and the first refusal is news
    now = 16 * minute;
    for (let i = 0; i < 5; i++) throttle.begin('ana', 'a');
    expect(throttle.begin('ana', 'b').firstRefusal).toBe(true);
  });
});
