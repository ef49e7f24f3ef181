import { roleAllows } from '../../../../server/auth/roles.ts';
import type { SessionState } from './session-api.ts';

/**
 * What the page offers the person. The server refuses the rest anyway (403 `forbidden_role`); this
 * only keeps the page from offering a control that can only fail.
 */
export interface AllowedControls {
  /** Choose, preview and import files (appending), and remember or forget their columns: analyst. */
  importFiles: boolean;
  /** Import in replace mode, which deletes what is loaded: admin. */
  replaceData: boolean;
  /** Edit, add, drop and reset the outside benchmarks: analyst. */
  editBenchmarks: boolean;
  /** Create, change and delete alert rules, mark alerts read, check now: analyst. */
  editAlerts: boolean;
}

/**
 * Outside team mode the one person on loopback may do everything, as before sign-in existed; in
 * team mode, what the signed-in person's role allows, and nothing before the session is known.
 */
export function allowedControls(session: SessionState | undefined): AllowedControls {
  if (session && !session.teamMode) return { importFiles: true, replaceData: true, editBenchmarks: true, editAlerts: true };
  const role = session?.user?.role;
  if (!role) return { importFiles: false, replaceData: false, editBenchmarks: false, editAlerts: false };
  return { importFiles: roleAllows(role, 'analyst'), replaceData: roleAllows(role, 'admin'), editBenchmarks: roleAllows(role, 'analyst'), editAlerts: roleAllows(role, 'analyst') };
}
