import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { recordAudit } from '../auth/audit.ts';
import { endSession, startSession } from '../auth/sessions.ts';
import type { SignInThrottle } from '../auth/sign-in-throttle.ts';
import { checkCredentials } from '../auth/users.ts';
import { errorBody } from '../http/api-error.ts';
import { auditEntry } from '../http/audit-entry.ts';
import { sessionCookieName } from '../http/authenticate.ts';
import type { AuthEnv } from '../http/request-user.ts';
import { validate } from '../http/validate.ts';
import type { Database } from '../store/database.ts';

export interface SessionRoutesOptions {
  db: Database;
  sessionHours: number;
  trustProxy: boolean;
  throttle: SignInThrottle;
}

/** The cookie's attributes, the same to set it and to clear it: Secure when a trusted proxy says the client used HTTPS. */
function cookieOptions(c: Context<AuthEnv>, trustProxy: boolean) {
  const secure = trustProxy && c.req.header('x-forwarded-proto') === 'https';
  return { httpOnly: true, sameSite: 'Strict', path: '/', secure } as const;
}

/**
 * A sign-in that did not succeed is nobody's: the cookie it came with says who was signed in in
 * that browser, not who tried (docs/api.md: `who` is null).
 */
const unsignedAttempt = (c: Context<AuthEnv>, action: 'sign_in_failed' | 'sign_in_throttled', name: string) => ({ ...auditEntry(c, action, { name }), who: null });

/** Loose on purpose: a name or password of the wrong shape is a wrong credential, not a hint. */
const signInBody = z.object({ name: z.string().min(1).max(200), password: z.string().min(1).max(1000) });

export function sessionRoutes({ db, sessionHours, trustProxy, throttle }: SessionRoutesOptions) {
  return new Hono<AuthEnv>()
    .get('/', (c) => c.json({ teamMode: c.get('teamMode'), user: c.get('user') ?? null }))
    .post('/', validate('json', signInBody), async (c) => {
      const { name, password } = c.req.valid('json');
      const address = c.get('clientAddress');
      const attempt = throttle.begin(name, address);
      const wait = attempt.retryAfterSeconds;
      if (wait > 0) {
        if (attempt.firstRefusal) await recordAudit(db, unsignedAttempt(c, 'sign_in_throttled', name));
        c.header('Retry-After', String(wait));
        return c.json(errorBody('too_many_attempts', `Too many failed sign-ins; try again in ${wait} seconds.`), 429);
      }
      const user = await checkCredentials(db, name, password);
      if (!user) {
        await recordAudit(db, unsignedAttempt(c, 'sign_in_failed', name));
        return c.json(errorBody('invalid_credentials', 'The name or the password is wrong.'), 401);
      }
      attempt.succeeded();
      // a fresh id at every sign-in, and the one the browser came with ends: no fixation
      const previous = getCookie(c, sessionCookieName);
      if (previous) await endSession(db, previous);
      const token = await startSession(db, user.name, sessionHours);
      setCookie(c, sessionCookieName, token, cookieOptions(c, trustProxy));
      await recordAudit(db, { ...auditEntry(c, 'sign_in', {}), who: user.name });
      return c.json({ user });
    })
    .delete('/', async (c) => {
      const token = getCookie(c, sessionCookieName);
      if (token) await endSession(db, token);
      deleteCookie(c, sessionCookieName, cookieOptions(c, trustProxy));
      if (c.get('user')) await recordAudit(db, auditEntry(c, 'sign_out', {}));
      return c.body(null, 204);
    });
}
