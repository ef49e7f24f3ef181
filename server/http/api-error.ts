import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ImportError } from '../import/import-error.ts';
import { DatabaseClosingError, DatabaseHalfWrittenError } from '../store/database.ts';

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

/** An error meant for the client: its status, a stable code and a message a person can act on. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Every failure answers the one JSON error shape; an unexpected one is logged, never echoed. */
export function handleError(error: Error, c: Context) {
  if (error instanceof ApiError || error instanceof ImportError) {
    return c.json(errorBody(error.code, error.message, error.details), error.status);
  }
  if (error instanceof DatabaseClosingError || error instanceof DatabaseHalfWrittenError) return c.json(errorBody(error.code, error.message), error.status);
  if (error instanceof HTTPException) {
    // middleware such as bearerAuth builds its own (JSON) answer
    if (error.res) return error.getResponse();
    return c.json(errorBody(`http_${error.status}`, error.message || 'Request refused.'), error.status);
  }
  console.error(`[inversa] ${c.req.method} ${c.req.path} failed:`, error);
  return c.json(errorBody('internal_error', 'Something went wrong on the server. Try again; if it persists, check the server log.'), 500);
}

export function handleNotFound(c: Context) {
  return c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}.`), 404);
}
