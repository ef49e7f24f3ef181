import type { Role } from '../auth/roles.ts';

/** Who is asking: a signed-in person, or "token" (an admin) for a bearer-token client. */
export type RequestUser = { name: string; role: Role };

/**
 * What the authenticate middleware (server/http/authenticate.ts) sets on every /api request.
 * `user` is undefined outside team mode, and in team mode only on the open routes (health,
 * readiness, the session itself); every other route has a user there.
 */
export type Variables = {
  user: RequestUser | undefined;
  teamMode: boolean;
  /** The client's address: the socket's, or X-Forwarded-For's last hop behind a trusted proxy. */
  clientAddress: string;
};

export type AuthEnv = { Variables: Variables };
