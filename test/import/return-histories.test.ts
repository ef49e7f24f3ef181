import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { earlierStatusReason, withdrawnRequestReason } from '../../server/import/normalise/normalise-returns.ts';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// A returns export that lists a request's history, one row per status under the same id, kept
// every row: a request later cancelled stayed an open return, and one later refunded counted
// twice. Every figure is worked out by hand from the files.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
  // 1001: one T-shirt at 25; 1002: one jacket at 80; 1003: two caps at 10 and a scarf at 15
  const orders = ['Order ID,Order Date,SKU,Quantity,Unit Price', '1001,2026-02-20,TSH-M,1,25.00', '1002,2026-02-21,JKT-L,1,80.00', '1003,2026-02-22,CAP-01,2,10.00', '1003,2026-02-22,SCF-02,1,15.00'];
  await importedReport(store.app, orders.join('\n'), { fileName: 'orders.csv', kind: 'orders' });
});
afterEach(() => store.close());

const upload = (lines: string[]) => importedReport(store.app, lines.join('\n'), { fileName: 'returns.csv', kind: 'returns' });
const stored = () => store.db.all(`SELECT return_id, sku, quantity, resolution, amount::DOUBLE AS amount, strftime(requested_at, '%Y-%m-%d %H:%M') AS requested FROM returns ORDER BY return_id, sku, line_no`);
const warningCodes = (report: { warnings: Array<{ code: string }> }) => report.warnings.map((w) => w.code);

describe('a returns export that lists each request\'s history', () => {
  const history = [
    'RMA ID,Order ID,SKU,Quantity,Reason,Status,Created At,Updated At,Refund Amount',
    // listed newest first: "Updated At" tells the order, not the lines
    'RMA-2,1002,JKT-L,1,Defective,Refunded,2026-03-02 11:00,2026-03-06 12:00,80.00',
    'RMA-1,1001,TSH-M,1,Too small,Cancelled,2026-03-02 10:00,2026-03-05 16:00,',
    'RMA-3,1003,CAP-01,2,Changed my mind,Requested,2026-03-03 09:00,2026-03-03 09:00,',
    'RMA-3,1003,SCF-02,1,Changed my mind,Requested,2026-03-03 09:00,2026-03-03 09:00,',
    'RMA-2,1002,JKT-L,1,Defective,Requested,2026-03-02 11:00,2026-03-02 11:00,',
    'RMA-1,1001,TSH-M,1,Too small,Requested,2026-03-02 10:00,2026-03-02 10:00,',
  ];

  it('stores each return as its latest status says: one cancelled since is no return, one refunded since counts once', async () => {
    const report = await upload(history);
    expect(report.mapping).toMatchObject({ request_status: 'Status', status_at: 'Updated At', requested_at: 'Created At' });
    // RMA-1 cancelled (no money back) and RMA-2 refunded are their last rows; RMA-3's two SKUs are two lines
    expect(report).toMatchObject({ rowsRead: 6, rowsImported: 3, rowsRejected: 3, tables: { returns: { rowsImported: 3, rowsRejected: 3, unmatched: 0 } } });
    expect(report.rejects).toEqual([
      { line: 3, field: 'request_status', value: 'Cancelled', reason: withdrawnRequestReason },
      { line: 6, field: 'request_status', value: 'Requested', reason: earlierStatusReason },
      { line: 7, field: 'request_status', value: 'Requested', reason: earlierStatusReason },
    ]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'return_histories_folded', count: 2, examples: ['RMA-1', 'RMA-2'] }));
    expect(warningCodes(report)).not.toContain('returned_more_than_sold');
    expect(await stored()).toEqual([
      { return_id: 'RMA-2', sku: 'JKT-L', quantity: 1, resolution: 'refund', amount: 80, requested: '2026-03-02 11:00' },
      { return_id: 'RMA-3', sku: 'CAP-01', quantity: 2, resolution: 'pending', amount: 20, requested: '2026-03-03 09:00' },
      { return_id: 'RMA-3', sku: 'SCF-02', quantity: 1, resolution: 'pending', amount: 15, requested: '2026-03-03 09:00' },
    ]);
    // February's orders: 1 + 1 + 2 + 1 = 5 units, 25 + 80 + 20 + 15 = 140; back: the jacket, two caps and the scarf
    const summary = await (await store.app.request('/api/metrics/summary?from=2026-02-01&to=2026-02-28')).json();
    expect(summary).toMatchObject({ returns: 3, unitsSold: 5, unitsReturned: 4, returnedValue: 115, refundedValue: 80, ordersWithReturn: 2 });
  });

  it('imported again, or after an export that stored the request open, gives the same returns', async () => {
    await upload(['RMA ID,Order ID,SKU,Quantity,Status,Created At', 'RMA-1,1001,TSH-M,1,Requested,2026-03-02 10:00', 'RMA-2,1002,JKT-L,1,Requested,2026-03-02 11:00']);
    await upload(history);
    const once = await stored();
    await upload(history);
    expect(await stored()).toEqual(once);
    // the open RMA-1 the first export stored is taken out; RMA-2 is its refund, once
    expect(once.map((r) => [r.return_id, r.sku, r.resolution])).toEqual([
      ['RMA-2', 'JKT-L', 'refund'],
      ['RMA-3', 'CAP-01', 'pending'],
      ['RMA-3', 'SCF-02', 'pending'],
    ]);
  });

  it('without a status date, the row with the latest date is the latest; on the same date, the one that ends it, else the later line; an earlier status withdraws nothing', async () => {
    const report = await upload([
      'RMA number,Order number,Item SKU,Quantity,Status,Date,Refund amount',
      // one date column, each row's own: the refund on 6 March is the latest, though listed first
      'RMA-2,1002,JKT-L,1,Refunded,2026-03-06,80.00',
      'RMA-2,1002,JKT-L,1,Requested,2026-03-02,',
      // the same day: the declined row, which ends the request (and is the later line)
      'RMA-1,1001,TSH-M,1,Requested,2026-03-04,',
      'RMA-1,1001,TSH-M,1,Declined,2026-03-04,',
      // expired, then approved after all: an open return, its expiry only an earlier status
      'RMA-3,1003,CAP-01,2,Expired,2026-03-03,',
      'RMA-3,1003,CAP-01,2,Approved,2026-03-08,',
    ]);
    expect(report.mapping.status_at).toBeUndefined();
    expect(report).toMatchObject({ rowsImported: 3, rowsRejected: 3 });
    expect(report.rejects.map((r: { line: number; reason: string }) => [r.line, r.reason])).toEqual([
      [3, earlierStatusReason],
      [4, earlierStatusReason],
      [6, earlierStatusReason],
    ]);
    // RMA-2 was requested on its first row's date, 2 March, not on the refund's; RMA-3 on the 3rd
    expect(await stored()).toEqual([
      { return_id: 'RMA-1', sku: 'TSH-M', quantity: 1, resolution: 'rejected', amount: 25, requested: '2026-03-04 00:00' },
      { return_id: 'RMA-2', sku: 'JKT-L', quantity: 1, resolution: 'refund', amount: 80, requested: '2026-03-02 00:00' },
      { return_id: 'RMA-3', sku: 'CAP-01', quantity: 2, resolution: 'pending', amount: 20, requested: '2026-03-03 00:00' },
    ]);
  });
});

describe('rows under one return id that are no history', () => {
  it('two SKUs, one SKU on two lines, other quantities and a repeated status all stay rows of their own', async () => {
    const report = await upload([
      'RMA ID,Order ID,SKU,Quantity,Reason,Status,Created At,Refund Amount',
      // two lines of one RMA, one per SKU
      'RMA-3,1003,CAP-01,2,Changed my mind,Requested,2026-03-03 09:00,',
      'RMA-3,1003,SCF-02,1,Changed my mind,Requested,2026-03-03 09:00,',
      // one cap per line, alike to their status: two returned lines
      'RMA-4,1003,CAP-01,1,Defective,Approved,2026-03-04 09:00,',
      'RMA-4,1003,CAP-01,1,Defective,Approved,2026-03-04 09:00,',
      // another quantity on each row: not one line's history
      'RMA-5,1002,JKT-L,1,Defective,Requested,2026-03-05 09:00,',
      'RMA-5,1002,JKT-L,2,Defective,Refunded,2026-03-05 09:00,160.00',
      // "Requested" twice: two lines or one history, the file does not say
      'RMA-6,1001,TSH-M,1,Too small,Requested,2026-03-06 09:00,',
      'RMA-6,1001,TSH-M,1,Too small,Requested,2026-03-06 09:00,',
      'RMA-6,1001,TSH-M,1,Too small,Refunded,2026-03-07 09:00,25.00',
    ]);
    expect(report).toMatchObject({ rowsRead: 9, rowsImported: 9, rowsRejected: 0 });
    expect(warningCodes(report)).not.toContain('return_histories_folded');
    const [counts] = await store.db.all('SELECT count(*)::INTEGER AS returns, sum(quantity)::INTEGER AS units FROM returns');
    // 2 + 1 + 1 + 1 + 1 + 2 + 1 + 1 + 1
    expect(counts).toEqual({ returns: 9, units: 11 });
  });
});

describe('a history whose latest row says only what happened last', () => {
  it('takes its request date from its first row, so the refund is not lost for a blank "Requested At"; a latest row it cannot read is rejected with its history', async () => {
    const report = await upload([
      'RMA ID,Order ID,SKU,Quantity,Status,Requested At,Resolved At,Refund Amount',
      // each row carries only its own event's date
      'RMA-2,1002,JKT-L,1,Requested,2026-03-02 11:00,,',
      'RMA-2,1002,JKT-L,1,Refunded,,2026-03-06 12:00,80.00',
      // a refund the file cannot read: the return is refused, named, rather than kept open
      'RMA-1,1001,TSH-M,1,Requested,2026-03-02 10:00,,',
      'RMA-1,1001,TSH-M,1,Refunded,,2026-03-05 16:00,n/a',
    ]);
    expect(report).toMatchObject({ rowsRead: 4, rowsImported: 1, rowsRejected: 3 });
    expect(report.rejects).toEqual([
      { line: 2, field: 'request_status', value: 'Requested', reason: earlierStatusReason },
      { line: 4, field: 'request_status', value: 'Requested', reason: earlierStatusReason },
      { line: 5, field: 'amount', value: 'n/a', reason: 'not a number' },
    ]);
    expect(await stored()).toEqual([{ return_id: 'RMA-2', sku: 'JKT-L', quantity: 1, resolution: 'refund', amount: 80, requested: '2026-03-02 11:00' }]);
    const [dates] = await store.db.all(`SELECT strftime(resolved_at, '%Y-%m-%d %H:%M') AS resolved FROM returns`);
    expect(dates).toEqual({ resolved: '2026-03-06 12:00' });
    // requested 2 March 11:00, resolved 6 March 12:00: 4 days and 1 hour
    const summary = await (await store.app.request('/api/metrics/summary?from=2026-02-01&to=2026-02-28')).json();
    expect(summary).toMatchObject({ returns: 1, unitsReturned: 1, refundedValue: 80 });
    expect(summary.cycleDays.requestToResolved).toMatchObject({ n: 1 });
    expect(summary.cycleDays.requestToResolved.p50).toBeCloseTo(4 + 1 / 24, 9);
  });
});

describe('rows of one return that each say how they ended', () => {
  it('a refunded line and a rejected line of one SKU under one RMA stay two returns', async () => {
    const report = await upload([
      'RMA ID,Order ID,SKU,Quantity,Reason,Status,Created At,Refund Amount',
      // two caps on two lines: one refunded, one declined
      'RMA-4,1003,CAP-01,1,Defective,Refunded,2026-03-04 09:00,10.00',
      'RMA-4,1003,CAP-01,1,Defective,Rejected,2026-03-04 09:00,',
    ]);
    expect(report).toMatchObject({ rowsRead: 2, rowsImported: 2, rowsRejected: 0 });
    expect(warningCodes(report)).not.toContain('return_histories_folded');
    // the rejected line is valued at its order line, 1 × 10
    expect(await stored()).toEqual([
      { return_id: 'RMA-4', sku: 'CAP-01', quantity: 1, resolution: 'refund', amount: 10, requested: '2026-03-04 09:00' },
      { return_id: 'RMA-4', sku: 'CAP-01', quantity: 1, resolution: 'rejected', amount: 10, requested: '2026-03-04 09:00' },
    ]);
    const summary = await (await store.app.request('/api/metrics/summary?from=2026-02-01&to=2026-02-28')).json();
    expect(summary).toMatchObject({ returns: 2, refundedValue: 10 });
  });

  it('without a return id, a refund and an exchange of one order, SKU and day stay two returns', async () => {
    const report = await upload([
      'Order ID,SKU,Quantity,Reason,Status,Resolution,Requested At,Refund Amount',
      '1003,CAP-01,1,Too small,Refunded,Refund,2026-03-04 09:00,10.00',
      // the exchange says how it ended by its resolution alone, valued at its order line, 1 × 10
      '1003,CAP-01,1,Too small,Exchanged,Exchange,2026-03-04 09:00,',
    ]);
    expect(report).toMatchObject({ rowsRead: 2, rowsImported: 2, rowsRejected: 0 });
    expect(warningCodes(report)).not.toContain('return_histories_folded');
    expect((await stored()).map((r) => [r.sku, r.quantity, r.resolution, r.amount])).toEqual([
      ['CAP-01', 1, 'refund', 10],
      ['CAP-01', 1, 'exchange', 10],
    ]);
    // both caps back: 10 refunded, 10 kept as an exchange, so half the value given back is retained
    const summary = await (await store.app.request('/api/metrics/summary?from=2026-02-01&to=2026-02-28')).json();
    expect(summary).toMatchObject({ returns: 2, unitsReturned: 2, refundedValue: 10, exchangedValue: 10, retainedValue: 10, retentionRate: 0.5 });
  });
});

describe('a history listed newest first, with no status date', () => {
  it('on the same dates, the row with the outcome is the latest: a cancelled request stays cancelled, a refund stays a refund', async () => {
    const report = await upload([
      'RMA ID,Order ID,SKU,Quantity,Status,Created At,Refund Amount',
      'RMA-1,1001,TSH-M,1,Cancelled,2026-03-02 10:00,',
      'RMA-1,1001,TSH-M,1,Requested,2026-03-02 10:00,',
      'RMA-2,1002,JKT-L,1,Refunded,2026-03-02 11:00,80.00',
      'RMA-2,1002,JKT-L,1,Requested,2026-03-02 11:00,',
    ]);
    expect(report).toMatchObject({ rowsRead: 4, rowsImported: 1, rowsRejected: 3 });
    expect(report.rejects).toEqual([
      { line: 2, field: 'request_status', value: 'Cancelled', reason: withdrawnRequestReason },
      { line: 3, field: 'request_status', value: 'Requested', reason: earlierStatusReason },
      { line: 5, field: 'request_status', value: 'Requested', reason: earlierStatusReason },
    ]);
    expect(await stored()).toEqual([{ return_id: 'RMA-2', sku: 'JKT-L', quantity: 1, resolution: 'refund', amount: 80, requested: '2026-03-02 11:00' }]);
  });
});

describe('a history that repeats what it expects, or dates only its first row', () => {
  it('the refund written on every row is one refund; an undated outcome closes the dated request before it', async () => {
    const report = await upload([
      'RMA ID,Order ID,SKU,Quantity,Status,Requested At,Resolved At,Refund Amount',
      // the expected refund on each row: one refund of 80, resolved on 6 March
      'RMA-2,1002,JKT-L,1,Requested,2026-03-02 11:00,,80.00',
      'RMA-2,1002,JKT-L,1,Refunded,2026-03-02 11:00,2026-03-06 12:00,80.00',
      // the cancellation carries no date: it comes after the request it closes
      'RMA-1,1001,TSH-M,1,Requested,2026-03-02 10:00,,',
      'RMA-1,1001,TSH-M,1,Cancelled,,,',
      // received on 5 March, then declined with no date: a rejected return of the 2 caps
      'RMA-3,1003,CAP-01,2,Requested,2026-03-03 09:00,,',
      'RMA-3,1003,CAP-01,2,Received,2026-03-03 09:00,2026-03-05 09:00,',
      'RMA-3,1003,CAP-01,2,Declined,,,',
    ]);
    expect(report).toMatchObject({ rowsRead: 7, rowsImported: 2, rowsRejected: 5 });
    expect(report.rejects.map((r: { line: number; reason: string }) => [r.line, r.reason])).toEqual([
      [2, earlierStatusReason],
      [4, earlierStatusReason],
      [5, withdrawnRequestReason],
      [6, earlierStatusReason],
      [7, earlierStatusReason],
    ]);
    expect(await stored()).toEqual([
      { return_id: 'RMA-2', sku: 'JKT-L', quantity: 1, resolution: 'refund', amount: 80, requested: '2026-03-02 11:00' },
      { return_id: 'RMA-3', sku: 'CAP-01', quantity: 2, resolution: 'rejected', amount: 20, requested: '2026-03-03 09:00' },
    ]);
  });
});

describe('a history whose middle status has no date, or that ends withdrawn or rejected with the refund asked for on every row', () => {
  it('an undated step in progress is not the last word; a refund written on every row is none given when the request is cancelled', async () => {
    const report = await upload([
      'RMA ID,Order ID,SKU,Quantity,Status,Requested At,Received At,Resolved At,Resolution,Refund Amount',
      // "Approved" carries no date and says nothing of how it ended: the dated refund is the latest
      'RMA-2,1002,JKT-L,1,Requested,2026-03-02 11:00,,,,',
      'RMA-2,1002,JKT-L,1,Approved,,,,,',
      'RMA-2,1002,JKT-L,1,Received,2026-03-02 11:00,2026-03-04 11:00,,,',
      'RMA-2,1002,JKT-L,1,Refunded,2026-03-02 11:00,2026-03-04 11:00,2026-03-06 12:00,Refund,80.00',
      // the refund asked for written on both rows, then cancelled: no return
      'RMA-1,1001,TSH-M,1,Requested,2026-03-02 10:00,,,Refund,25.00',
      'RMA-1,1001,TSH-M,1,Cancelled,2026-03-03 10:00,,,Refund,25.00',
      // the same, declined: one rejected return of the 2 caps
      'RMA-3,1003,CAP-01,2,Requested,2026-03-03 09:00,,,Refund,20.00',
      'RMA-3,1003,CAP-01,2,Declined,2026-03-04 09:00,,,Refund,20.00',
    ]);
    expect(report).toMatchObject({ rowsRead: 8, rowsImported: 2, rowsRejected: 6 });
    expect(report.rejects.map((r: { line: number; reason: string }) => [r.line, r.reason])).toEqual([
      [2, earlierStatusReason],
      [3, earlierStatusReason],
      [4, earlierStatusReason],
      [6, earlierStatusReason],
      [7, withdrawnRequestReason],
      [8, earlierStatusReason],
    ]);
    expect(await stored()).toEqual([
      { return_id: 'RMA-2', sku: 'JKT-L', quantity: 1, resolution: 'refund', amount: 80, requested: '2026-03-02 11:00' },
      { return_id: 'RMA-3', sku: 'CAP-01', quantity: 2, resolution: 'rejected', amount: 20, requested: '2026-03-03 09:00' },
    ]);
  });
});
