import { createHash, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { sessionUser } from '../auth/sessions.ts';
import { roleAllows, type Role } from '../auth/roles.ts';
import type { Database } from '../store/database.ts';
import { ApiError, errorBody } from './api-error.ts';
import type { AuthEnv, RequestUser } from './request-user.ts';

export const sessionCookieName = 'inversa_session';

/** What answers without a user in team mode: liveness, readiness, and the sign-in itself. */
const openPaths = new Set(['/api/health', '/api/ready', '/api/session']);

export interface AuthOptions {
  db: Database;
  teamMode: boolean;
  token: string | undefined;
  trustProxy: boolean;
}

/** Behind a trusted proxy, the hop it appended to X-Forwarded-For (earlier hops are the client's to forge). */
function clientAddressOf(c: Context, trustProxy: boolean): string {
  const hops = trustProxy ? (c.req.header('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean) : [];
  if (hops.length > 0) return hops[hops.length - 1]!;
  // a request made in process (tests, app.request) has no socket
  if (!(c.env as { incoming?: unknown } | undefined)?.incoming) return 'unknown';
  return getConnInfo(c).remote.address ?? 'unknown';
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compared as digests of equal length, so the time taken says nothing of how much matched. */
function isToken(given: string, token: string | undefined): boolean {
  return token !== undefined && timingSafeEqual(digest(given), digest(token));
}

async function userOf(c: Context, { db, token }: AuthOptions): Promise<RequestUser | undefined> {
  const bearer = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (bearer !== undefined) return isToken(bearer, token) ? { name: 'token', role: 'admin' } : undefined;
  const cookie = getCookie(c, sessionCookieName);
  return cookie ? sessionUser(db, cookie) : undefined;
}

/**
 * Says who is asking. In team mode every route but the open ones needs a session cookie the server
 * issued, or the bearer token (an admin named "token"); outside it nothing is asked, as before.
 */
export function authenticate(options: AuthOptions): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    c.set('teamMode', options.teamMode);
    c.set('clientAddress', clientAddressOf(c, options.trustProxy));
    const user = options.teamMode ? await userOf(c, options) : undefined;
    c.set('user', user);
    if (options.teamMode && !user && !openPaths.has(c.req.path)) {
      return c.json(errorBody('unauthorized', 'Sign in first (POST /api/session), or send Authorization: Bearer <INVERSA_TOKEN>.'), 401);
    }
    await next();
  };
}

/** Refuses, in team mode, a user whose role is below `role` (viewer < analyst < admin). */
export function assertRole(c: Context<AuthEnv>, role: Role): void {
  if (!c.get('teamMode')) return;
  const user = c.get('user');
  if (!user || !roleAllows(user.role, role)) {
    throw new ApiError(403, 'forbidden_role', `This needs the ${role} role; ${user ? `${user.name} is ${user.role}` : 'nobody is signed in'}.`);
  }
}

export function requireRole(role: Role): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    assertRole(c, role);
    await next();
  };
}
