import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../auth/audit.ts';
import { benchmarkFieldsSchema, benchmarkIdSchema } from '../benchmarks/benchmark-entry.ts';
import type { BenchmarkTable } from '../benchmarks/benchmark-table.ts';
import { mercadoLibreClaims } from '../benchmarks/mercado-libre-claims.ts';
import { auditEntry } from '../http/audit-entry.ts';
import { requireRole } from '../http/authenticate.ts';
import type { AuthEnv } from '../http/request-user.ts';
import { validate } from '../http/validate.ts';
import type { Database } from '../store/database.ts';

const idParam = z.object({ id: benchmarkIdSchema });
const claimsQuery = z.object({ country: z.string().regex(/^[A-Z]{2}$/, 'an ISO country code of two capital letters').optional() });

/**
 * Outside benchmarks (docs/api.md, "Outside benchmarks"): the published table with the user's
 * edits, which analysts change and the audit trail records; and the Mercado Libre claim rate.
 */
export function benchmarkRoutes({ db, table }: { db: Database; table: BenchmarkTable }) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => c.json({ ...table.versions, entries: await table.entries() }))
    .get('/mercado-libre', validate('query', claimsQuery), async (c) => c.json(await mercadoLibreClaims(db, table, c.req.valid('query').country)))
    .post('/', requireRole('analyst'), validate('json', benchmarkFieldsSchema), async (c) => {
      const entry = await table.add(c.req.valid('json'));
      await recordAudit(db, auditEntry(c, 'benchmark_saved', { id: entry.id, origin: entry.origin, value: entry.value, source: entry.source.url }));
      return c.json({ entry }, 201);
    })
    .post('/reset', requireRole('analyst'), async (c) => {
      const dropped = await table.reset();
      await recordAudit(db, auditEntry(c, 'benchmarks_reset', { dropped, tableVersion: table.versions.tableVersion }));
      return c.json({ dropped, entries: await table.entries() });
    })
    .put('/:id', requireRole('analyst'), validate('param', idParam), validate('json', benchmarkFieldsSchema), async (c) => {
      const entry = await table.edit(c.req.valid('param').id, c.req.valid('json'));
      await recordAudit(db, auditEntry(c, 'benchmark_saved', { id: entry.id, origin: entry.origin, value: entry.value, source: entry.source.url }));
      return c.json({ entry });
    })
    .delete('/:id', requireRole('analyst'), validate('param', idParam), async (c) => {
      const { id } = c.req.valid('param');
      const origin = await table.remove(id);
      await recordAudit(db, auditEntry(c, 'benchmark_deleted', { id, origin }));
      return c.json({ id, restored: origin === 'edited' });
    });
}
