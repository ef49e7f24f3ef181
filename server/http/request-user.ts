/** Who made a request, as the sign-in middleware sets it on the Hono context (`c.get('user')`). */
export interface RequestUser {
  name: string;
  role: 'viewer' | 'analyst' | 'admin';
}

/** The Hono context variables every route may read; `user` is undefined outside team mode. */
export type AppVariables = { user: RequestUser | undefined };
