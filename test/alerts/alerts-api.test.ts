import fs from 'node:fs';
import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertChecker, recordDeliveryFailure } from '../../server/alerts/alert-checker.ts';
import { alertRuleSchema } from '../../server/alerts/alert-rules.ts';
import { addRule, inboxPage } from '../../server/alerts/alert-store.ts';
import type { DeliveryChannel, MessageSender, OutgoingMessage } from '../../server/delivery/outgoing-message.ts';
import { importFile } from '../../server/import/import-file.ts';
import { constantRateShopFiles } from '../support/constant-rate-shop.ts';
import { openTestStore, refusal } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

type Store = Awaited<ReturnType<typeof openTestStore>>;

describe('/api/alerts', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore();
  });
  afterEach(() => store.close());

  const rules = () => store.client.api.alerts.rules;

  it('keeps rules: added with their defaults, listed, replaced, deleted', async () => {
    const { rule } = await parseResponse(rules().$post({ json: { name: 'Tasa', kind: 'threshold', threshold: 0.2 } }));
    expect(rule).toMatchObject({ name: 'Tasa', kind: 'threshold', enabled: true, channels: [], segment: {}, measure: 'returnRate', windowDays: 30, minUnits: 30 });
    const changed = await parseResponse(rules()[':id'].$put({ param: { id: String(rule.id) }, json: { ...rule, enabled: false, channels: ['email', 'email'] } }));
    expect(changed.rule).toMatchObject({ id: rule.id, enabled: false, channels: ['email'] });
    expect((await parseResponse(rules().$get())).rows.map((r) => r.enabled)).toEqual([false]);
    expect(await parseResponse(rules()[':id'].$delete({ param: { id: String(rule.id) } }))).toEqual({ deleted: true });
    expect((await parseResponse(rules().$get())).rows).toEqual([]);
    expect((await rules()[':id'].$delete({ param: { id: String(rule.id) } })).status).toBe(404);
  });

  it('refuses a rule that cannot be judged, naming what is wrong', async () => {
    const noReason = await refusal(await rules().$post({ json: { name: 'x', kind: 'threshold', measure: 'reasonShare', threshold: 0.3 } }));
    expect(noReason).toMatchObject({ status: 400, code: 'invalid_json', params: ['reason'] });
    const notASuspect = await refusal(await rules().$post({ json: { name: 'x', kind: 'above_baseline', segment: { sku: 'A', region: 'Salta' } } }));
    expect(notASuspect).toMatchObject({ status: 400, code: 'invalid_json', params: ['segment'] });
    const overOne = await refusal(await rules().$post({ json: { name: 'x', kind: 'nowcast', threshold: 20 } }));
    expect(overOne).toMatchObject({ status: 400, params: ['threshold'] });
  });

  it('checks after an import: the alert is in the inbox with its figures and rows, unread until marked', async () => {
    await parseResponse(rules().$post({ json: { name: 'Más de 8 %', kind: 'threshold', threshold: 0.08 } }));
    const files = constantRateShopFiles();
    await importedReport(store.app, fs.readFileSync(files.orders), { fileName: 'orders.csv', kind: 'orders' });
    await importedReport(store.app, fs.readFileSync(files.returns), { fileName: 'returns.csv', kind: 'returns' });
    // the checks the imports started run before this one, which finds the episode open and fires nothing
    expect((await parseResponse(store.client.api.alerts.check.$post())).fired).toEqual([]);

    const inbox = await parseResponse(store.client.api.alerts.inbox.$get({ query: {} }));
    expect(inbox).toMatchObject({ total: 1, unread: 1 });
    const [entry] = inbox.rows;
    // 25 of the 300 units of 2–31 December back so far (rule-kinds.test.ts works it out)
    expect(entry).toMatchObject({ kind: 'alert', readAt: null, details: { rule: { name: 'Más de 8 %' }, figures: { n: 300, rowsLink: '/rows?from=2025-12-02&to=2025-12-31&basis=order' } } });
    expect(entry!.title).toBe('Toda la tienda: tasa de devolución 8,3% sin contar las pendientes, sobre el umbral de 8% (300 unidades vendidas, 2025-12-02 – 2025-12-31)');
    expect(await parseResponse(store.client.api.alerts['unread-count'].$get())).toEqual({ unread: 1 });

    expect(await parseResponse(store.client.api.alerts.inbox[':id'].read.$post({ param: { id: String(entry!.id) } }))).toEqual({ marked: 1 });
    expect(await parseResponse(store.client.api.alerts['unread-count'].$get())).toEqual({ unread: 0 });
    expect((await store.client.api.alerts.inbox[':id'].read.$post({ param: { id: '999' } })).status).toBe(404);
    // a page past the end still counts the inbox: one entry, read
    expect(await parseResponse(store.client.api.alerts.inbox.$get({ query: { offset: '5' } }))).toEqual({ total: 1, unread: 0, rows: [] });
  });
});

describe('delivery', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore({ withShop: constantRateShopFiles() });
  });
  afterEach(() => store.close());

  /** A sender whose webhook is down: what the real one answers after its retries. */
  class WebhookDown implements MessageSender {
    readonly channels: DeliveryChannel[] = ['webhook', 'email'];
    readonly sent: Array<{ message: OutgoingMessage; channels: readonly DeliveryChannel[] }> = [];
    async send(message: OutgoingMessage, channels: readonly DeliveryChannel[] = this.channels) {
      this.sent.push({ message, channels });
      return channels.map((channel) => (channel === 'webhook' ? { channel, ok: false, attempts: 3, error: 'HTTP 503' } : { channel, ok: true, attempts: 1 }));
    }
  }

  it('sends a new alert on its rule’s channels, and a failed channel lands in the inbox', async () => {
    const sender = new WebhookDown();
    await addRule(store.db, alertRuleSchema.parse({ name: 'Tasa', kind: 'threshold', threshold: 0.08, channels: ['webhook', 'email'] }));
    await addRule(store.db, alertRuleSchema.parse({ name: 'Solo aquí', kind: 'threshold', threshold: 0.05 }));
    const checker = new AlertChecker(store.db, 30, sender);
    await checker.checkAlerts();
    await checker.deliveriesSettled();
    // the inbox-only rule sends nothing
    expect(sender.sent.map((s) => s.channels)).toEqual([['webhook', 'email']]);
    const [{ message }] = sender.sent as [(typeof sender.sent)[number]];
    expect(message).toMatchObject({ event: 'alert', data: { rule: { name: 'Tasa' }, figures: { measure: 'returnRate', n: 300 } } });
    expect(message.subject.startsWith('Tasa: Toda la tienda: tasa de devolución 8,3%')).toBe(true);

    const { rows } = await inboxPage(store.db, { unreadOnly: false, limit: 10, offset: 0 });
    expect(rows.map((r) => r.kind).sort()).toEqual(['alert', 'alert', 'delivery_failed']);
    expect(rows.find((r) => r.kind === 'delivery_failed')!.details).toMatchObject({ channel: 'webhook', attempts: 3, error: 'HTTP 503', event: 'alert' });

    // and the sender integration records its own failures the same way (a monthly review, say)
    await recordDeliveryFailure(store.db, { channel: 'email', ok: false, attempts: 2, error: 'SMTP down' }, { event: 'monthly_review', subject: 'Revisión', text: '', data: {} });
    expect((await inboxPage(store.db, { unreadOnly: true, limit: 10, offset: 0 })).unread).toBe(4);
  });

  it('a receiver that does not answer holds no check: the next check and stop() go on, and its failure lands once it answers', async () => {
    let answer: (outcome: Awaited<ReturnType<MessageSender['send']>>) => void = () => undefined;
    const sent: OutgoingMessage[] = [];
    const hanging: MessageSender = {
      channels: ['webhook'],
      send: (message) => {
        sent.push(message);
        return new Promise((resolve) => (answer = resolve));
      },
    };
    await addRule(store.db, alertRuleSchema.parse({ name: 'Tasa', kind: 'threshold', threshold: 0.08, channels: ['webhook'] }));
    const checker = new AlertChecker(store.db, 30, hanging);
    // both checks answer while the message is still on its way (before: the first never did)
    expect((await checker.checkAlerts()).fired).toHaveLength(1);
    expect((await checker.checkAlerts()).fired).toHaveLength(0);
    expect(sent).toHaveLength(1);
    // stop waits for it only so long
    await checker.stop(10);
    answer([{ channel: 'webhook', ok: false, attempts: 4, error: 'timeout' }]);
    await checker.deliveriesSettled();
    const { rows } = await inboxPage(store.db, { unreadOnly: false, limit: 10, offset: 0 });
    expect(rows.map((r) => r.kind).sort()).toEqual(['alert', 'delivery_failed']);
  });

  it('a rule changed while a check judges it waits for the check: the changed rule judges afresh and fires again', async () => {
    const { rule } = await parseResponse(store.client.api.alerts.rules.$post({ json: { name: 'Tasa', kind: 'threshold', threshold: 0.08 } }));
    const check = parseResponse(store.client.api.alerts.check.$post());
    const change = parseResponse(store.client.api.alerts.rules[':id'].$put({ param: { id: String(rule.id) }, json: { ...rule, name: 'Tasa 8' } }));
    const [report] = await Promise.all([check, change]);
    expect(report.fired.map((f) => f.rule.name)).toEqual(['Tasa']);
    // the change forgot the episode the check opened: the next check fires under the new settings
    expect((await parseResponse(store.client.api.alerts.check.$post())).fired.map((f) => f.rule.name)).toEqual(['Tasa 8']);
  });

  it('a check after an import never fails it: a rule that cannot be read is set aside, said once in the inbox, and the others still fire', async () => {
    const checker = new AlertChecker(store.db, 30);
    // the constant-rate shop returns 8.3 % of December's units: above 8 %
    await addRule(store.db, alertRuleSchema.parse({ name: 'Tasa', kind: 'threshold', threshold: 0.08 }));
    // a rule stored by hand with a kind this version does not know
    await store.db.all(`INSERT INTO alert_rules (definition, created_at, updated_at) VALUES ('{"kind":"gone"}', now(), now())`);
    const files = constantRateShopFiles();
    await importFile(store.db, { filePath: files.orders, fileName: 'orders.csv', kind: 'orders' });
    await importFile(store.db, { filePath: files.returns, fileName: 'returns.csv', kind: 'returns' });
    await checker.checkAfterImport();
    // checked again while the failure is unread: no second entry
    await checker.checkAfterImport();
    const { rows } = await inboxPage(store.db, { unreadOnly: false, limit: 10, offset: 0 });
    expect(rows.map((r) => r.kind).sort()).toEqual(['alert', 'check_failed']);
    expect(rows.find((r) => r.kind === 'check_failed')!.title).toContain('no se puede leer');
    // and the rules page still lists the readable rule
    expect((await parseResponse(store.client.api.alerts.rules.$get())).rows.map((r) => r.name)).toEqual(['Tasa']);
  });
});
