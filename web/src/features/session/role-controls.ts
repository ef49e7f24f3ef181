import type { SessionState } from './session-api.ts';

/** From the least to the most a person may do; each role may do what the ones before it may. */
export const roles = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof roles)[number];

/**
 * What the page offers the person. The server refuses the rest anyway (403 `forbidden_role`); this
 * only keeps the page from offering a control that can only fail.
 */
export interface AllowedControls {
  /** Choose, preview and import files (appending), and remember or forget their columns: analyst. */
  importFiles: boolean;
  /** Import in replace mode, which deletes what is loaded: admin. */
  replaceData: boolean;
}

const atLeast = (role: Role, needed: Role) => roles.indexOf(role) >= roles.indexOf(needed);

/**
 * Outside team mode the one person on loopback may do everything, as before sign-in existed; in
 * team mode, what the signed-in person's role allows, and nothing before the session is known.
 */
export function allowedControls(session: SessionState | undefined): AllowedControls {
  if (session && !session.teamMode) return { importFiles: true, replaceData: true };
  const role = session?.user?.role;
  if (!role) return { importFiles: false, replaceData: false };
  return { importFiles: atLeast(role, 'analyst'), replaceData: atLeast(role, 'admin') };
}
