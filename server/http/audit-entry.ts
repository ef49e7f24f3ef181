import type { Context } from 'hono';
import type { AuditAction, AuditEntry } from '../auth/audit.ts';
import type { AuthEnv } from './request-user.ts';

/** Who asked (signed in, or null outside team mode) and from where. */
export function requester(c: Context<AuthEnv>): Pick<AuditEntry, 'who' | 'from'> {
  return { who: c.get('user')?.name ?? null, from: c.get('clientAddress') };
}

/** An audit line for what this request did. */
export function auditEntry(c: Context<AuthEnv>, action: AuditAction, details: Record<string, unknown>): AuditEntry {
  return { ...requester(c), action, details };
}
