// The alert tables (server/store/schema.sql, "Alerts"): rules, their open episodes, the inbox. Each
// statement is a file of server/alerts/sql; rule definitions are parsed by their schema on the way
// out too, so a rule stored by an older version with a setting since renamed is set aside (and
// said in the inbox by the checker) instead of being judged on a guess.
import { z } from 'zod';
import { utcNow } from '../auth/utc-now.ts';
import type { Database } from '../store/database.ts';
import { SqlFile } from '../store/sql-file.ts';
import { SqlQuery } from '../store/sql-query.ts';
import { alertRuleSchema, type AlertRule, type StoredRule } from './alert-rules.ts';

const idRow = z.object({ id: z.number().int() });

export const listAlertRulesQuery = new SqlQuery(
  'list_alert_rules',
  z.object({ id: z.number().int(), definition: z.string(), createdAt: z.string(), updatedAt: z.string() }),
  'alerts',
);
const addAlertRuleQuery = new SqlQuery('add_alert_rule', idRow, 'alerts');
const updateAlertRuleQuery = new SqlQuery('update_alert_rule', idRow, 'alerts');
const deleteAlertRuleQuery = new SqlQuery('delete_alert_rule', idRow, 'alerts');
const deleteRuleEpisodes = SqlFile.in('alerts', 'delete_rule_episodes');
export const openAlertEpisodesQuery = new SqlQuery('open_alert_episodes', z.object({ id: z.number().int(), ruleId: z.number().int(), subject: z.string() }), 'alerts');
const openAlertEpisodeQuery = new SqlQuery('open_alert_episode', idRow, 'alerts');
const closeAlertEpisode = SqlFile.in('alerts', 'close_alert_episode');
const addInboxEntryQuery = new SqlQuery('add_inbox_entry', idRow, 'alerts');
const addInboxEntryOnceQuery = new SqlQuery('add_inbox_entry_once', idRow, 'alerts');
export const inboxPageQuery = new SqlQuery(
  'inbox_page',
  z.object({
    id: z.number().int().nullable(),
    kind: z.enum(['alert', 'delivery_failed', 'check_failed']).nullable(),
    createdAt: z.string().nullable(),
    ruleId: z.number().int().nullable(),
    episodeId: z.number().int().nullable(),
    title: z.string().nullable(),
    details: z.string().nullable(),
    readAt: z.string().nullable(),
    total: z.number().int(),
    unread: z.number().int(),
  }),
  'alerts',
);
const markInboxReadQuery = new SqlQuery('mark_inbox_read', idRow, 'alerts');
const unreadCountQuery = new SqlQuery('unread_count', z.object({ unread: z.number().int() }), 'alerts');
const inboxEntryExistsQuery = new SqlQuery('inbox_entry_exists', z.object({ found: z.number().int() }), 'alerts');

export type InboxKind = 'alert' | 'delivery_failed' | 'check_failed';

/** A stored rule this version cannot read (a kind or setting it does not know), and why. */
export interface UnreadableRule {
  id: number;
  error: string;
}

/** Every stored rule, the ones that no longer parse set apart: one bad rule must not stop the others. */
export async function readRules(db: Database): Promise<{ rules: StoredRule[]; unreadable: UnreadableRule[] }> {
  const rules: StoredRule[] = [];
  const unreadable: UnreadableRule[] = [];
  for (const { id, definition, createdAt, updatedAt } of await listAlertRulesQuery.run(db)) {
    const parsed = alertRuleSchema.safeParse(JSON.parse(definition));
    if (parsed.success) rules.push({ ...parsed.data, id, createdAt, updatedAt });
    else unreadable.push({ id, error: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'definition'}: ${issue.message}`).join('; ') });
  }
  return { rules, unreadable };
}

/** The rules that can be judged and edited; the unreadable ones are the checker's to report. */
export async function listRules(db: Database): Promise<StoredRule[]> {
  return (await readRules(db)).rules;
}

export async function addRule(db: Database, rule: AlertRule): Promise<StoredRule> {
  const [row] = await db.inWriteTurn(() => addAlertRuleQuery.run(db, { definition: JSON.stringify(rule), now: utcNow() }));
  return (await listRules(db)).find((r) => r.id === row!.id)!;
}

/** A changed rule judges afresh: its open episodes are forgotten, so a condition that still holds fires under the new settings. */
export async function replaceRule(db: Database, id: number, rule: AlertRule): Promise<StoredRule | null> {
  const updated = await db.inWriteTurn(async () => {
    const rows = await updateAlertRuleQuery.run(db, { id, definition: JSON.stringify(rule), now: utcNow() });
    if (rows.length > 0) await db.all(deleteRuleEpisodes.sql, deleteRuleEpisodes.bind({ ruleId: id }));
    return rows.length > 0;
  });
  return updated ? (await listRules(db)).find((r) => r.id === id)! : null;
}

export async function deleteRule(db: Database, id: number): Promise<boolean> {
  return db.inWriteTurn(async () => {
    const rows = await deleteAlertRuleQuery.run(db, { id });
    await db.all(deleteRuleEpisodes.sql, deleteRuleEpisodes.bind({ ruleId: id }));
    return rows.length > 0;
  });
}

/**
 * Opens an episode as of the data's latest timestamp; answers its id. Called only by a check, which
 * runs in the checker's turn (AlertChecker.inTurn), as rule changes and deletions do: the rule
 * cannot change between being judged and its episode opening.
 */
export async function openEpisode(db: Database, ruleId: number, subject: string, asOf: string): Promise<number> {
  const [row] = await openAlertEpisodeQuery.run(db, { ruleId, subject, asOf, now: utcNow() });
  return row!.id;
}

export async function closeEpisode(db: Database, id: number, asOf: string): Promise<void> {
  await db.all(closeAlertEpisode.sql, closeAlertEpisode.bind({ id, asOf, now: utcNow() }));
}

export interface InboxEntryInput {
  kind: InboxKind;
  ruleId?: number | null;
  episodeId?: number | null;
  title: string;
  details: Record<string, unknown>;
}

export async function addInboxEntry(db: Database, entry: InboxEntryInput): Promise<number> {
  const [row] = await addInboxEntryQuery.run(db, {
    kind: entry.kind,
    ruleId: entry.ruleId ?? null,
    episodeId: entry.episodeId ?? null,
    title: entry.title,
    details: JSON.stringify(entry.details),
    now: utcNow(),
  });
  return row!.id;
}

/** A failure's inbox entry, unless the same one is still unread; answers its id, or null when it was. */
export async function addInboxEntryOnce(db: Database, entry: Omit<InboxEntryInput, 'episodeId'>): Promise<number | null> {
  const [row] = await addInboxEntryOnceQuery.run(db, { kind: entry.kind, ruleId: entry.ruleId ?? null, title: entry.title, details: JSON.stringify(entry.details), now: utcNow() });
  return row?.id ?? null;
}

export async function inboxPage(db: Database, options: { unreadOnly: boolean; limit: number; offset: number }) {
  const rows = await inboxPageQuery.run(db, options);
  return {
    total: rows[0]?.total ?? 0,
    unread: rows[0]?.unread ?? 0,
    rows: rows
      .filter((r) => r.id !== null)
      .map(({ total: _total, unread: _unread, details, ...entry }) => ({
        ...entry,
        id: entry.id!,
        kind: entry.kind!,
        createdAt: entry.createdAt!,
        title: entry.title!,
        details: JSON.parse(details!) as Record<string, unknown>,
      })),
  };
}

/** Marks one entry read, or every unread one (id null); false when the entry does not exist. */
export async function markRead(db: Database, id: number | null): Promise<{ found: boolean; marked: number }> {
  if (id !== null && (await inboxEntryExistsQuery.run(db, { id }))[0]!.found === 0) return { found: false, marked: 0 };
  const rows = await markInboxReadQuery.run(db, { id, now: utcNow() });
  return { found: true, marked: rows.length };
}

export async function unreadCount(db: Database): Promise<number> {
  return (await unreadCountQuery.run(db))[0]!.unread;
}
