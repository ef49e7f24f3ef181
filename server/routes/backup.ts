import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../auth/audit.ts';
import { exportSnapshot } from '../backup/snapshot.ts';
import { exportParquetSnapshot } from '../snapshot/export-snapshot.ts';
import { ApiError } from '../http/api-error.ts';
import { auditEntry } from '../http/audit-entry.ts';
import { requireRole } from '../http/authenticate.ts';
import type { AuthEnv } from '../http/request-user.ts';
import { validate } from '../http/validate.ts';
import type { Database } from '../store/database.ts';

const backupBody = z.object({ dir: z.string().refine((dir) => path.isAbsolute(dir), 'must be an absolute path') });

/** Where `dir` really is: its nearest existing folder with every symlink resolved, then the rest of it. */
function realPathOf(dir: string): string {
  const missing: string[] = [];
  let existing = dir;
  while (!fs.existsSync(existing)) {
    missing.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(fs.realpathSync(existing), ...missing);
}

/**
 * `dir` is `root` or a folder below it, where they really are: a symlink inside `root` that points
 * elsewhere does not count as inside it, and a folder named `..daily` does.
 */
function isWithin(root: string, dir: string): boolean {
  const relative = path.relative(realPathOf(root), realPathOf(dir));
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

export function backupRoutes({ db, backupDir, databasePath }: { db: Database; backupDir: string; databasePath: string }) {
  return (
    new Hono<AuthEnv>()
      .post('/', requireRole('admin'), validate('json', backupBody), async (c) => {
        const dir = path.resolve(c.req.valid('json').dir);
        // The server writes with its own rights on a client's word: only under the folder its operator named.
        if (!isWithin(backupDir, dir)) throw new ApiError(400, 'backup_dir_not_allowed', `This server writes backups under ${backupDir} (INVERSA_BACKUP_DIR) only.`);
        await exportSnapshot(db, dir);
        await recordAudit(db, auditEntry(c, 'backup', { dir }));
        return c.json({ dir });
      })
      // `inversa export --parquet DIR` while this server holds the file: the snapshot a replica serves
      .post('/snapshot', requireRole('admin'), validate('json', backupBody), async (c) => {
        const dir = path.resolve(c.req.valid('json').dir);
        // a folder below the backup folder, not the folder itself: the snapshot is written beside
        // `dir` first and renamed into place, and DuckDB may write only under the backup folder
        if (!isWithin(backupDir, path.dirname(dir))) {
          throw new ApiError(400, 'backup_dir_not_allowed', `This server writes snapshots into folders below ${backupDir} (INVERSA_BACKUP_DIR) only.`);
        }
        const { createdAt, facts } = await exportParquetSnapshot(db, dir, databasePath);
        await recordAudit(db, auditEntry(c, 'snapshot', { dir, orderLines: facts.orderLines, returns: facts.returns }));
        return c.json({ dir, createdAt });
      })
  );
}
