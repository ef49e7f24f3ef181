import { describe, expect, it } from 'vitest';
import { allowedControls } from '../../web/src/features/session/role-controls.ts';
import { retryAfterSeconds, type SessionState } from '../../web/src/features/session/session-api.ts';

const signedIn = (role: 'viewer' | 'analyst' | 'admin'): SessionState => ({ teamMode: true, user: { name: 'ana', role } });

describe('the controls each role is offered', () => {
  it.each([
    // a viewer reads everything and imports nothing (no upload form, no forgetting mappings)
    ['viewer', { importFiles: false, replaceData: false, editBenchmarks: false, editAlerts: false }],
    // an analyst appends and keeps mappings, but replace mode (deleting what is loaded) is an admin's
    ['analyst', { importFiles: true, replaceData: false, editBenchmarks: true, editAlerts: true }],
    ['admin', { importFiles: true, replaceData: true, editBenchmarks: true, editAlerts: true }],
  ] as const)('%s', (role, expected) => {
    expect(allowedControls(signedIn(role))).toEqual(expected);
  });

  it('outside team mode the one person on loopback may do everything, as before sign-in existed', () => {
    expect(allowedControls({ teamMode: false, user: null })).toEqual({ importFiles: true, replaceData: true, editBenchmarks: true, editAlerts: true });
  });

  it('offers nothing in team mode with nobody signed in (an expired session), nor before the session is known', () => {
    expect(allowedControls({ teamMode: true, user: null, expired: true })).toEqual({ importFiles: false, replaceData: false, editBenchmarks: false, editAlerts: false });
    expect(allowedControls(undefined)).toEqual({ importFiles: false, replaceData: false, editBenchmarks: false, editAlerts: false });
  });
});

describe('Retry-After of a refused sign-in', () => {
  // a fifth of a second into the minute, as a clock is: an HTTP date has whole seconds
  const now = Date.parse('2026-12-04T17:00:00.200Z');

  it.each([
    ['30', 30],
    [' 120 ', 120],
    // an HTTP date 89.8 s after now: waited for in whole seconds, rounded up
    ['Fri, 04 Dec 2026 17:01:30 GMT', 90],
    // 0.8 s ahead → 1
    ['Fri, 04 Dec 2026 17:00:01 GMT', 1],
    // a date already past asks no wait
    ['Fri, 04 Dec 2026 16:59:00 GMT', 0],
  ])('%j → %d s', (header, seconds) => {
    expect(retryAfterSeconds(header, now)).toBe(seconds);
  });

  it('is unknown when absent or unreadable', () => {
    expect(retryAfterSeconds(null, now)).toBeUndefined();
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
  });
});
