import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertChecker } from '../../server/alerts/alert-checker.ts';
import { alertRuleSchema } from '../../server/alerts/alert-rules.ts';
import { addRule, inboxPage } from '../../server/alerts/alert-store.ts';
import { createMessageSender } from '../../server/delivery/message-sender.ts';
import { constantRateShopFiles } from '../support/constant-rate-shop.ts';
import { closeAfterEach, recordedRetry } from '../support/delivery-retry.ts';
import { openTestStore } from '../support/test-store.ts';
import { closedPortUrl, startWebhookReceiver } from '../support/webhook-receiver.ts';

// The alert checker with the real webhook sender, against loopback receivers: what an operator
// sees when the receiver answers, and when it is down.

type Store = Awaited<ReturnType<typeof openTestStore>>;
const secret = 'a-secret-of-sixteen-or-more';

describe('an alert on the webhook channel, end to end', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore({ withShop: constantRateShopFiles() });
    // the constant-rate shop returns 8.3 % of December's units (alerts-api.test.ts): above 8 %
    await addRule(store.db, alertRuleSchema.parse({ name: 'Tasa', kind: 'threshold', threshold: 0.08, channels: ['webhook'] }));
  });
  afterEach(() => store.close());
  const closeLater = closeAfterEach();

  it('reaches a receiver that checks the signature, once per episode', async () => {
    const receiver = closeLater(await startWebhookReceiver());
    const sender = createMessageSender({ webhook: { url: receiver.url, secret }, email: undefined, deliveryRetry: recordedRetry(3).policy });
    const checker = new AlertChecker(store.db, 30, sender);
    await checker.checkAlerts();
    await checker.checkAlerts();
    await checker.deliveriesSettled();

    expect(receiver.received).toHaveLength(1);
    const [post] = receiver.received as [(typeof receiver.received)[number]];
    const timestamp = String(post.headers['x-inversa-timestamp']);
    const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${post.rawBody}`).digest('hex')}`;
    expect(post.headers['x-inversa-signature']).toBe(expected);
    const body = JSON.parse(post.rawBody);
    expect(body).toMatchObject({ event: 'alert', data: { rule: { name: 'Tasa' }, figures: { measure: 'returnRate', n: 300 } } });
    const { rows } = await inboxPage(store.db, { unreadOnly: false, limit: 10, offset: 0 });
    expect(rows.map((r) => r.kind)).toEqual(['alert']);
  });

  it('a receiver that is down gets every try, then the failure is in the inbox beside the alert', async () => {
    const { policy, waits } = recordedRetry(3);
    const sender = createMessageSender({ webhook: { url: await closedPortUrl(), secret }, email: undefined, deliveryRetry: policy });
    const checker = new AlertChecker(store.db, 30, sender);
    await checker.checkAlerts();
    await checker.deliveriesSettled();

    // three tries, so two waits between them
    expect(waits).toHaveLength(2);
    const { rows } = await inboxPage(store.db, { unreadOnly: false, limit: 10, offset: 0 });
    expect(rows.map((r) => r.kind).sort()).toEqual(['alert', 'delivery_failed']);
    expect(rows.find((r) => r.kind === 'delivery_failed')!.details).toMatchObject({ channel: 'webhook', attempts: 3, event: 'alert' });
  });
});
