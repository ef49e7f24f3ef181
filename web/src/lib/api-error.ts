import { DetailedError } from 'hono/client';

interface ApiErrorBody {
  error?: { message?: unknown };
}

/** The API's own explanation of a failed request ({ error: { message } }), when it gave one. */
export function apiErrorMessage(error: unknown): string | null {
  if (!(error instanceof DetailedError)) return null;
  const detail = error.detail as { data?: ApiErrorBody } | undefined;
  const message = detail?.data?.error?.message;
  return typeof message === 'string' ? message : null;
}
