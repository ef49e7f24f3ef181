import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ensureDerivedDataCurrent } from '../../server/store/refresh-derived.ts';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A customer is known by the id the export gives, often an email, and the same person types it
// with capitals on one order and without on the next ("Ana.Perez@Mail.com", "ana.perez@mail.com"),
// or two tools write it differently. Compared as written, Ana's second order was another
// customer's first: she returned and never came back, a repeat rate of 0 where it is 1.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

it('an email is one customer whatever its capitals; an id that is not an email is compared as written', async () => {
  await importedReport(
    store.app,
    [
      'order_id,ordered_at,customer_email,sku,quantity,unit_price',
      'A1,2025-03-01 10:00:00,Ana.Perez@Mail.com,REM,1,100.00',
      'A2,2025-03-20 10:00:00, ana.perez@mail.com ,PAN,1,50.00',
      // not emails: two customers, "C7" and "c7"
      'B1,2025-03-02 10:00:00,C7,REM,1,100.00',
      'B2,2025-03-22 10:00:00,c7,PAN,1,50.00',
      // data to the end of June, so that 30 days after each first order have passed
      'Z1,2025-06-30 10:00:00,zoe@mail.com,PAN,1,50.00',
    ].join('\n'),
    { kind: 'orders' },
  );
  await importedReport(store.app, ['order_id,sku,quantity,requested_at,reason', 'A1,REM,1,2025-03-05 10:00:00,size', 'B1,REM,1,2025-03-06 10:00:00,size'].join('\n'), { kind: 'returns' });
  const c = await parseResponse(store.client.api.metrics.customers.$get({ query: { from: '2025-03-01', to: '2025-03-31', withinDays: '30' } }));
  // returned: Ana (R on 03-05, ordered again 03-20: back within 30 days) and C7 (R on 03-06; "c7"'s
  // order of 03-22 is another customer's): 2 observed, 1 came back
  expect(c.returned).toMatchObject({ customers: 2, observed: 2, repurchased: 1 });
  // did not return: c7 alone (Ana's second order is hers; was 2 customers, "ana.perez@mail.com" the other)
  expect(c.notReturned).toMatchObject({ customers: 1 });
});

it('emails an older version stored with their capitals are lowered when the data is derived again for this one', async () => {
  await importedReport(
    store.app,
    [
      'order_id,ordered_at,customer_email,sku,quantity,unit_price',
      'A1,2025-03-01 10:00:00,ana.perez@mail.com,REM,1,100.00',
      'A2,2025-03-20 10:00:00,ana.perez@mail.com,PAN,1,50.00',
      'B1,2025-03-02 10:00:00,C7,REM,1,100.00',
      'Z1,2025-06-30 10:00:00,zoe@mail.com,PAN,1,50.00',
    ].join('\n'),
    { kind: 'orders' },
  );
  await importedReport(store.app, ['order_id,sku,quantity,requested_at,reason', 'A1,REM,1,2025-03-05 10:00:00,size'].join('\n'), { kind: 'returns' });
  // as a version before emails were lowered at import stored them, and derived them: A1 as typed
  await store.db.withSession(async (session) => {
    await session.run("UPDATE order_lines SET customer_id = 'Ana.Perez@Mail.com' WHERE order_id = 'A1'");
    await session.run('UPDATE derived_state SET version = version + 1');
  });
  await ensureDerivedDataCurrent(store.db);
  const stored = await store.db.withSession((session) => session.all('SELECT order_id, customer_id FROM order_lines ORDER BY order_id'));
  expect(stored).toEqual([
    { order_id: 'A1', customer_id: 'ana.perez@mail.com' },
    { order_id: 'A2', customer_id: 'ana.perez@mail.com' },
    { order_id: 'B1', customer_id: 'C7' },
    { order_id: 'Z1', customer_id: 'zoe@mail.com' },
  ]);
  // Ana returned on 03-05 and came back on 03-20: one customer who returned and bought again
  const c = await parseResponse(store.client.api.metrics.customers.$get({ query: { from: '2025-03-01', to: '2025-03-31', withinDays: '30' } }));
  expect(c.returned).toMatchObject({ customers: 1, observed: 1, repurchased: 1 });
  expect(c.notReturned).toMatchObject({ customers: 1 });
});
