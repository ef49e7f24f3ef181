import { parseResponse } from 'hono/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// One request date typed a year ahead in a hand-kept returns sheet (2026-03-20 for 2025-03-20) is
// the data's latest date: every month is judged final against it, the learnt return window is
// stretched to a year and the trend runs on twelve empty months. The import names it.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
  // six orders, January to March 2025
  await importedReport(
    store.app,
    ['Order ID,Order Date,SKU,Quantity,Unit Price', 'O1,2025-01-06 10:00,TEE,1,20.00', 'O2,2025-01-20 10:00,TEE,1,20.00', 'O3,2025-02-03 10:00,CAP,1,15.00', 'O4,2025-02-17 10:00,TEE,1,20.00', 'O5,2025-03-03 10:00,CAP,1,15.00', 'O6,2025-03-08 10:00,TEE,1,20.00'].join('\n'),
    { kind: 'orders' },
  );
});
afterEach(() => store.close());

const returnsHeader = 'Return ID,Order ID,SKU,Quantity,Reason,Requested at,Resolution,Refund amount';
const warningOf = (report: { warnings: Array<{ code: string }> }) => report.warnings.find((w) => w.code === 'returns_requested_far_ahead');

describe('a return requested a year after the rest of the data', () => {
  it('is named with its order, how long after it, and where the other dates end', async () => {
    const report = await importedReport(
      store.app,
      [
        returnsHeader,
        'R1,O1,TEE,1,Too small,2025-01-18 10:00,Refund,20.00',
        'R3,O3,CAP,1,Too small,2025-02-15 10:00,Refund,15.00',
        'R4,O4,TEE,1,Too small,2025-03-01 10:00,Refund,20.00',
        // 12 days after O6 of 2025-03-08, typed a year ahead
        'R6,O6,TEE,1,Too small,2026-03-20 10:00,Refund,20.00',
      ].join('\n'),
      { kind: 'returns' },
    );
    // 2025-03-08 to 2026-03-20: 365 + 12 = 377 days; the latest other date is O6's order, 2025-03-08
    expect(warningOf(report)).toMatchObject({ count: 1, examples: ['R6: requested 2026-03-20, 377 days after its order O6 of 2025-03-08, the data\'s other dates ending 2025-03-08'] });
    const dataset = await parseResponse(store.client.api.dataset.$get());
    // kept, as the warning says: the data's end is the mistyped date until the file is corrected
    expect(dataset.lastTimestamp).toBe('2026-03-20T10:00:00');
  });

  it('a return of an order not stored, months after every other date, is named too', async () => {
    const report = await importedReport(store.app, [returnsHeader, 'R1,O1,TEE,1,Too small,2025-01-18 10:00,Refund,20.00', 'R9,O9,TEE,1,Too small,2025-07-01 10:00,Refund,20.00'].join('\n'), { kind: 'returns' });
    // the other dates end with O6, 2025-03-08; 2025-07-01 is 115 days later (more than 90)
    expect(warningOf(report)).toMatchObject({ count: 1, examples: ["R9: requested 2025-07-01, the data's other dates ending 2025-03-08"] });
  });

  it('a return more than a year after its order is named though the data runs past it', async () => {
    // the shop's orders run to May 2026: R1, 400 days after O1 (2025-01-06 + 365 = 2026-01-06, + 35), moves no end
    await importedReport(store.app, ['Order ID,Order Date,SKU,Quantity,Unit Price', 'O20,2026-05-01 10:00,CAP,1,15.00'].join('\n'), { kind: 'orders' });
    const report = await importedReport(store.app, [returnsHeader, 'R1,O1,TEE,1,Defective,2026-02-10 10:00,Refund,20.00'].join('\n'), { kind: 'returns' });
    expect(warningOf(report)).toMatchObject({ count: 1, examples: ["R1: requested 2026-02-10, 400 days after its order O1 of 2025-01-06, the data's other dates ending 2026-05-01"] });
  });

  it('returns within a year of their order and a few weeks past the orders are not named', async () => {
    // a returns export taken a month after the orders one: R6 on 2025-04-10, 33 days after O6
    const report = await importedReport(store.app, [returnsHeader, 'R1,O1,TEE,1,Too small,2025-01-18 10:00,Refund,20.00', 'R6,O6,TEE,1,Defective,2025-04-10 10:00,Refund,20.00'].join('\n'), { kind: 'returns' });
    expect(warningOf(report)).toBeUndefined();
  });
});
