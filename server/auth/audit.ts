import os from 'node:os';
import { z } from 'zod';
import type { ImportMode, ImportReport } from '../import/import-file.ts';
import type { Database } from '../store/database.ts';
import { SqlFile } from '../store/sql-file.ts';
import { SqlQuery } from '../store/sql-query.ts';
import { utcNow } from './utc-now.ts';

/** What the trail records (docs/api.md, "Audit trail"). */
export type AuditAction =
  | 'import'
  | 'mapping_saved'
  | 'mapping_forgotten'
  | 'backup'
  | 'snapshot'
  | 'user_added'
  | 'user_changed'
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_in_throttled'
  | 'sign_out'
  | 'benchmark_saved'
  | 'benchmark_deleted'
  | 'benchmarks_reset'
  | 'alert_rule_added'
  | 'alert_rule_changed'
  | 'alert_rule_deleted'
  | 'alerts_marked_read'
  | 'alerts_checked';

export interface AuditEntry {
  /** A user name, "token", "cli:<os user>"; null outside team mode, or for a failed sign-in. */
  who: string | null;
  from: string | null;
  action: AuditAction;
  details: Record<string, unknown>;
}

const record = SqlFile.in('auth', 'record_audit');

/**
 * Not in the write turn: an audit line is one appended row, and a sign-in must not wait for an
 * import to finish. An import's own line follows its commit, and the import log names who did it
 * within the same transaction.
 */
export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db.all(record.sql, record.bind({ now: utcNow(), who: entry.who, from: entry.from, action: entry.action, details: JSON.stringify(entry.details) }));
}

/** Who wrote from the command line: the operating system's user at this machine. */
export const commandLineUser = () => `cli:${os.userInfo().username}`;

/**
 * One line per file an import wrote, after its commit (the import log named who within it), and
 * one for the columns it remembered when asked to (`saveMapping`), as saving them by hand is.
 */
export async function recordImports(
  db: Database,
  by: Pick<AuditEntry, 'who' | 'from'>,
  { mode, saveMapping }: { mode: ImportMode; saveMapping: boolean },
  reports: readonly ImportReport[],
) {
  for (const r of reports) {
    await recordAudit(db, { ...by, action: 'import', details: { importId: r.importId, fileName: r.fileName, kind: r.kind, mode, rowsImported: r.rowsImported, rowsRejected: r.rowsRejected } });
    if (saveMapping) await recordAudit(db, { ...by, action: 'mapping_saved', details: { headerSignature: r.headerSignature, kind: r.kind, mapping: r.mapping } });
  }
}

export const auditPageQuery = new SqlQuery(
  'audit_page',
  z.object({
    id: z.number().int(),
    at: z.string(),
    who: z.string().nullable(),
    from: z.string().nullable(),
    action: z.string(),
    details: z.string().transform((text): unknown => JSON.parse(text)),
  }),
  'auth',
);
