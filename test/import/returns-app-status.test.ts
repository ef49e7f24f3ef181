import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';
import { withdrawnRequestReason } from '../../server/import/normalise/normalise-returns.ts';

// A returns app's export (AfterShip Returns') names each return's state in "Return status" (Done,
// Rejected, Expired) and the resolution asked for in "Resolution". "Return status" was tried as a
// Yes/No return flag only, refused for values that say neither, and then dropped: a rejected
// request counted as a refund and an expired one as store credit, with the import's success.
// Also: "Item quantity" was no returned quantity (the file was refused), "Demasiado pequeño" other.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

const orders = [
  'Order ID,Order Date,SKU,Quantity,Unit Price',
  '1001,2025-03-01,REM-01,1,100.00',
  '1002,2025-03-02,REM-01,2,100.00',
  '1003,2025-03-02,REM-01,1,100.00',
].join('\n');

const returns = [
  'RMA number;Order number;Created at;Return status;Item SKU;Item quantity;Return reason;Resolution;Refund amount',
  'RMA-1;#1001;2025-03-10 12:00;Done;REM-01;1;Demasiado pequeño;Reembolso al método de pago original;100,00',
  'RMA-2;#1002;2025-03-11 12:00;Rejected;REM-01;2;Ya no lo quiero;Reembolso al método de pago original;',
  'RMA-3;#1003;2025-03-12 12:00;Expired;REM-01;1;Cambié de opinión;Crédito de tienda;',
].join('\n');

describe("a returns app's status column beside the resolution asked for", () => {
  it('says which requests were rejected or expired', async () => {
    await importedReport(store.app, orders, { fileName: 'orders.csv', kind: 'orders' });
    const report = await importedReport(store.app, returns, { fileName: 'aftership-returns.csv' });
    expect(report.mapping.request_status).toBe('Return status');
    // RMA-3 expired: nothing came back
    expect(report.rejects).toEqual([{ line: 4, field: 'request_status', value: 'Expired', reason: withdrawnRequestReason }]);
    expect(await store.db.all('SELECT return_id, quantity, reason, resolution FROM returns ORDER BY return_id')).toEqual([
      { return_id: 'RMA-1', quantity: 1, reason: 'size_too_small', resolution: 'refund' }, // reason was other
      { return_id: 'RMA-2', quantity: 2, reason: 'changed_mind', resolution: 'rejected' }, // was refund
    ]);
    // refunded: RMA-1's 100.00 (was 100.00 + RMA-2's 2 × 100.00 = 300.00); store credit 0 (was RMA-3's 100.00)
    const [values] = await store.db.all(
      "SELECT sum(amount) FILTER (WHERE resolution = 'refund')::DOUBLE AS refunded, coalesce(sum(amount) FILTER (WHERE resolution = 'store_credit'), 0)::DOUBLE AS credit FROM returns",
    );
    expect(values).toEqual({ refunded: 100, credit: 0 });
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('unknown_reasons');
  });
});
