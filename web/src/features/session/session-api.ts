import type { Role } from '../../../../server/auth/roles.ts';

// The session routes (docs/api.md, "Sessions") are asked with fetch rather than the typed client:
// the sign-in form needs the error's code and the Retry-After header of a refused attempt, which
// the typed client's parsed errors do not carry. The URL is relative: the page is always served by
// the server it signs in to, so the cookie stays same-origin.
const sessionUrl = '/api/session';

export interface SessionUser {
  name: string;
  role: Role;
}

export interface SessionState {
  /** The server asks people to sign in (a non-loopback HOST, or INVERSA_AUTH=1). */
  teamMode: boolean;
  user: SessionUser | null;
  /** Set by the page, never by the server: the session ended while the app was open (a 401). */
  expired?: boolean;
}

/** Why a sign-in did not happen: the API's code (`invalid_credentials`, `too_many_attempts`…), or `network`. */
export class SignInFailure extends Error {
  constructor(
    readonly code: string,
    /** How long the server asks to wait before trying again (429), in seconds. */
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
    this.name = 'SignInFailure';
  }
}

/** Retry-After is either a number of seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Who is signed in, and whether the server wants anyone to be (GET /api/session never answers 401). */
export async function fetchSession(): Promise<SessionState> {
  // No extra headers: the request must match the page's <link rel="preload"> to reuse its answer.
  const response = await fetch(sessionUrl);
  if (!response.ok) throw new Error(`GET ${sessionUrl} answered ${response.status}`);
  return (await response.json()) as SessionState;
}

export async function signIn(credentials: { name: string; password: string }): Promise<SessionUser> {
  let response: Response;
  try {
    response = await fetch(sessionUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(credentials),
    });
  } catch {
    throw new SignInFailure('network');
  }
  if (response.ok) return ((await response.json()) as { user: SessionUser }).user;
  const body = (await response.json().catch(() => null)) as { error?: { code?: unknown } } | null;
  const code = typeof body?.error?.code === 'string' ? body.error.code : `http_${response.status}`;
  throw new SignInFailure(code, retryAfterSeconds(response.headers.get('Retry-After')));
}

export async function signOut(): Promise<void> {
  const response = await fetch(sessionUrl, { method: 'DELETE' });
  if (!response.ok) throw new Error(`DELETE ${sessionUrl} answered ${response.status}`);
}
