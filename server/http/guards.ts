import type { MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { isLoopbackHost } from '../config.ts';
import { errorBody } from './api-error.ts';

function hostnameOf(host: string | undefined): string | undefined {
  if (!host) return undefined;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * While the server listens on loopback only, a request must also name a loopback host:
 * otherwise a web page could rebind its own domain to 127.0.0.1 and read the data.
 */
export function loopbackHostOnly(): MiddlewareHandler {
  return async (c, next) => {
    const hostname = hostnameOf(c.req.header('host'));
    // a URL writes an IPv6 address in brackets ([::1]), the settings without
    if (hostname !== undefined && !isLoopbackHost(hostname.replace(/^\[(.*)\]$/, '$1'))) {
      return c.json(errorBody('forbidden_host', `Host ${hostname} is not served; open the app at 127.0.0.1 or localhost.`), 403);
    }
    await next();
  };
}

/**
 * A browser always sends Origin on a cross-site POST, so a POST whose Origin is another site is a
 * forged request. Clients that send no Origin (the CLI, curl) are not browsers and pass.
 */
export function sameOriginPosts(): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && origin !== undefined) {
      let originHost: string | undefined;
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = undefined;
      }
      if (originHost !== c.req.header('host')) {
        return c.json(errorBody('forbidden_origin', 'Cross-origin requests are not accepted.'), 403);
      }
    }
    await next();
  };
}

/** With INVERSA_TOKEN set, every API call needs `Authorization: Bearer <token>`. */
export function tokenAuth(token: string): MiddlewareHandler {
  return bearerAuth({
    token,
    noAuthenticationHeader: { message: errorBody('unauthorized', 'This server needs a bearer token (INVERSA_TOKEN).') },
    invalidAuthenticationHeader: { message: errorBody('unauthorized', 'The Authorization header must be "Bearer <token>".') },
    invalidToken: { message: errorBody('unauthorized', 'The bearer token is not valid.') },
  });
}

/**
 * A server over a Parquet snapshot (INVERSA_DB naming a snapshot folder) answers questions and
 * writes nothing: every request that would write (an import, a saved mapping, a user, a backup…)
 * is refused up front with one clear answer, whatever route a later version adds. Signing in and
 * out stays: sessions live in the replica's memory, not in the snapshot.
 */
export function snapshotReadOnly(): MiddlewareHandler {
  return async (c, next) => {
    const reads = c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS';
    if (!reads && c.req.path !== '/api/session') {
      return c.json(
        errorBody('read_only_snapshot', 'This server serves a read-only snapshot: imports and other changes go to the server that owns the database, and reach this one with its next snapshot.'),
        409,
      );
    }
    await next();
  };
}
