import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { uploadFile } from '../support/upload.ts';

// Real exports nobody on this project wrote (shared/samples/README.md), imported end to end. CI
// keeps a copy of shared/ beside the clone, so ../shared/samples from the repository.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const samplesDir = [path.join(repoRoot, '..', 'shared', 'samples'), '/work/shared/samples'].find((dir) => fs.existsSync(dir))!;
const sample = (name: string) => fs.readFileSync(path.join(samplesDir, name));

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

describe('the shared samples import end to end', () => {
  it('ecommerce_returns_combined.csv: 10,000 order lines and the 2,539 returns dated after their order; the 2,513 dated before it are rejects', async () => {
    const { status, body } = await uploadFile(store.app, sample('ecommerce_returns_combined.csv'), { fileName: 'ecommerce_returns_combined.csv' });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      kind: 'combined',
      source: 'combined-export',
      format: { encoding: 'utf-8', delimiter: ',', decimalSeparator: '.', dateFormat: 'dd-mm-yyyy', headerLine: 1 },
      rowsRead: 10000,
      // every row wrote its order line: the top line agrees with the 10,000 written; 2,513 returns were left out
      rowsRejected: 0,
      rowsImported: 10000,
      rowsWithRejects: 2513,
      tables: { orders: { rowsImported: 10000, rowsRejected: 0 }, returns: { rowsImported: 2539, rowsRejected: 2513, unmatched: 0 } },
      unmatchedReturns: 0,
    });
    expect(body.mapping).toMatchObject({ order_id: 'Order_ID', ordered_at: 'Order_Date', return_flag: 'Return_Status', requested_at: 'Return_Date', reason_raw: 'Return_Reason' });
    // ORD00000008 (line 10): ordered 25-12-2024, "returned" 25-09-2024, Days_to_Return -91
    expect(body.rejects.slice(0, 3)).toEqual([
      { line: 10, field: 'requested_at', value: '25-09-2024', reason: 'requested before its order was placed' },
      { line: 17, field: 'requested_at', value: '04-12-2023', reason: 'requested before its order was placed' },
      { line: 20, field: 'requested_at', value: '18-03-2023', reason: 'requested before its order was placed' },
    ]);
    expect(body.rejects).toHaveLength(1000);

    const [orders] = await store.db.all('SELECT count(*)::INTEGER AS lines, sum(quantity)::INTEGER AS units, round(sum(line_value), 2)::DOUBLE AS gross FROM order_lines');
    expect(orders).toEqual({ lines: 10000, units: 30061, gross: 7626183.56 });
    const [returns] = await store.db.all(
      `SELECT count(*)::INTEGER AS n, sum(quantity)::INTEGER AS units, round(sum(returned_value), 2)::DOUBLE AS value, count(*) FILTER (matched)::INTEGER AS matched,
              count(*) FILTER (resolution = 'unknown')::INTEGER AS unknown FROM returns`,
    );
    // no resolution or refund column: how each return ended is unknown (not open), valued at its line
    expect(returns).toEqual({ n: 2539, units: 7670, value: 1970060.26, matched: 2539, unknown: 2539 });
    expect(await store.db.all('SELECT reason, count(*)::INTEGER AS n FROM returns GROUP BY 1 ORDER BY 1')).toEqual([
      { reason: 'changed_mind', n: 612 },
      { reason: 'defective', n: 681 },
      { reason: 'not_as_described', n: 620 },
      { reason: 'wrong_item', n: 626 },
    ]);

    const csv = await store.app.request(body.rejectsUrl);
    const text = await csv.text();
    expect(text.split('\r\n').slice(0, 2)).toEqual(['line,field,value,reason', '10,requested_at,25-09-2024,requested before its order was placed']);
    expect(text.trim().split('\r\n')).toHaveLength(2514);
  });

  it('shopify_orders_export.csv: 40 lines of 19 orders, EUR carried from each order’s first row, the wall clock of "-0400" kept', async () => {
    const { status, body } = await uploadFile(store.app, sample('shopify_orders_export.csv'), { fileName: 'shopify_orders_export.csv', mode: 'replace', kind: 'orders' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: 'orders', source: 'shopify', rowsRead: 40, rowsImported: 40, rowsRejected: 0, warnings: [] });
    const [orders] = await store.db.all(
      `SELECT count(*)::INTEGER AS lines, count(DISTINCT order_id)::INTEGER AS orders, sum(quantity)::INTEGER AS units, round(sum(line_value), 2)::DOUBLE AS gross,
              count(*) FILTER (currency = 'EUR')::INTEGER AS eur, min(ordered_at)::VARCHAR AS first FROM order_lines`,
    );
    expect(orders).toEqual({ lines: 40, orders: 19, units: 40, gross: 14089.04, eur: 40, first: '2025-05-11 09:55:16' });
    // a line item without a SKU is known by its name
    expect(await store.db.all(`SELECT count(*)::INTEGER AS n FROM order_lines WHERE sku = 'Gift Card - $10'`)).toEqual([{ n: 7 }]);
  });
});
