import { Hono } from 'hono';
import { z } from 'zod';
import { auditPageQuery } from '../auth/audit.ts';
import { requireRole } from '../http/authenticate.ts';
import type { AuthEnv } from '../http/request-user.ts';
import { validate } from '../http/validate.ts';
import type { Database } from '../store/database.ts';

const auditParams = z.object({
  /** The `next` of the page before: lines older than it. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The audit trail, newest first, a page at a time: admins only. */
export function auditRoutes(db: Database) {
  return new Hono<AuthEnv>().get('/', requireRole('admin'), validate('query', auditParams), async (c) => {
    const { before, limit } = c.req.valid('query');
    const rows = await auditPageQuery.run(db, { before: before ?? null, limit });
    return c.json({ rows, next: rows.length === limit ? rows[rows.length - 1]!.id : null });
  });
}
