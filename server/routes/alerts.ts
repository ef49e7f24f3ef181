import { Hono } from 'hono';
import { z } from 'zod';
import type { AlertChecker } from '../alerts/alert-checker.ts';
import { alertRuleSchema } from '../alerts/alert-rules.ts';
import { addRule, deleteRule, inboxPage, listRules, markRead, replaceRule, unreadCount } from '../alerts/alert-store.ts';
import { recordAudit } from '../auth/audit.ts';
import { ApiError } from '../http/api-error.ts';
import { auditEntry } from '../http/audit-entry.ts';
import { requireRole } from '../http/authenticate.ts';
import type { AuthEnv } from '../http/request-user.ts';
import { validate } from '../http/validate.ts';
import { pageShape } from '../metrics/metric-filters.ts';
import type { Database } from '../store/database.ts';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const inboxParams = z.object({ unread: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'), ...pageShape });

const noSuchRule = (id: number) => new ApiError(404, 'not_found', `There is no alert rule ${id}.`);

/** Alert rules (viewers read, analysts edit), the inbox, and a check run on demand (docs/api.md, "Alerts"). */
export function alertRoutes({ db, checker }: { db: Database; checker: AlertChecker }) {
  return new Hono<AuthEnv>()
    .get('/rules', async (c) => c.json({ rows: await listRules(db) }))
    .post('/rules', requireRole('analyst'), validate('json', alertRuleSchema), async (c) => {
      const rule = await addRule(db, c.req.valid('json'));
      await recordAudit(db, auditEntry(c, 'alert_rule_added', { id: rule.id, name: rule.name, kind: rule.kind }));
      return c.json({ rule }, 201);
    })
    .put('/rules/:id', requireRole('analyst'), validate('param', idParam), validate('json', alertRuleSchema), async (c) => {
      const { id } = c.req.valid('param');
      // in the checker's turn: a check judging the old rule cannot open an episode after it changed
      const rule = await checker.inTurn(() => replaceRule(db, id, c.req.valid('json')));
      if (!rule) throw noSuchRule(id);
      await recordAudit(db, auditEntry(c, 'alert_rule_changed', { id, name: rule.name, kind: rule.kind, enabled: rule.enabled }));
      return c.json({ rule });
    })
    .delete('/rules/:id', requireRole('analyst'), validate('param', idParam), async (c) => {
      const { id } = c.req.valid('param');
      if (!(await checker.inTurn(() => deleteRule(db, id)))) throw noSuchRule(id);
      await recordAudit(db, auditEntry(c, 'alert_rule_deleted', { id }));
      return c.json({ deleted: true as const });
    })
    .get('/inbox', validate('query', inboxParams), async (c) => {
      const { unread, limit, offset } = c.req.valid('query');
      return c.json(await inboxPage(db, { unreadOnly: unread, limit, offset }));
    })
    .post('/inbox/read-all', requireRole('analyst'), async (c) => {
      const { marked } = await markRead(db, null);
      await recordAudit(db, auditEntry(c, 'alerts_marked_read', { all: true, marked }));
      return c.json({ marked });
    })
    .post('/inbox/:id/read', requireRole('analyst'), validate('param', idParam), async (c) => {
      const { id } = c.req.valid('param');
      const { found, marked } = await markRead(db, id);
      if (!found) throw new ApiError(404, 'not_found', `There is no inbox entry ${id}.`);
      await recordAudit(db, auditEntry(c, 'alerts_marked_read', { id, marked }));
      return c.json({ marked });
    })
    .get('/unread-count', async (c) => c.json({ unread: await unreadCount(db) }))
    .post('/check', requireRole('analyst'), async (c) => {
      const report = await checker.checkAlerts();
      await recordAudit(db, auditEntry(c, 'alerts_checked', { asOf: report.asOf, rulesChecked: report.rulesChecked, fired: report.fired.length }));
      return c.json(report);
    });
}
