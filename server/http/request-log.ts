import { createMiddleware } from 'hono/factory';
import { routePath } from 'hono/route';
import type { AuthEnv } from './request-user.ts';

/** One line of the request log: JSON a log collector can index without parsing text. */
export interface RequestLogLine {
  t: string;
  method: string;
  /** The matched route's pattern (`/api/imports/:importId/rejects.csv`), never the URL: no ids or filters in the log. */
  route: string;
  status: number;
  ms: number;
  user: string | null;
}

/**
 * Writes one line per request once it is answered. After `next()` the route index is the handler
 * that answered, so `routePath` names its pattern; a streamed answer (an import's progress) is
 * logged when its stream starts.
 */
export function requestLog(write: (line: RequestLogLine) => void) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    write({
      t: new Date().toISOString(),
      method: c.req.method,
      route: routePath(c),
      status: c.res.status,
      ms: Math.round(performance.now() - started),
      user: c.get('user')?.name ?? null,
    });
  });
}
