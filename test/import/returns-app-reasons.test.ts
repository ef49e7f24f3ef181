import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';
import { matchReason } from '../../server/import/vocabulary-matching.ts';

// Reasons as returns apps print them. Four were read as the wrong canonical code, with no warning:
// "Shipping took too long" was a size too large ("too long"), Shopify's "Damaged or defective"
// (its DEFECTIVE reason) transit damage, "Tamaño incorrecto" (Spanish "tamaño" unknown as a size
// word) a wrong item, and Shopify's "Color" (the buyer did not like it) an item not as described.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

const orders = [
  'Order;Created at;SKU;Quantity;Price',
  '#2001;2025-04-01;CAM-01;1;50,00',
  '#2002;2025-04-01;CAM-01;1;50,00',
  '#2003;2025-04-02;CAM-01;1;50,00',
  '#2004;2025-04-02;CAM-01;1;50,00',
  '#2005;2025-04-03;CAM-01;1;50,00',
  '#2006;2025-04-03;CAM-01;1;50,00',
  '#2007;2025-04-04;CAM-01;1;50,00',
].join('\n');

const returns = [
  'Return ID;Order;SKU;Quantity;Return reason;Refund method;Requested at',
  'RT-1;#2001;CAM-01;1;Shipping took too long;Refund to original payment;2025-04-20',
  'RT-2;#2002;CAM-01;1;Damaged or defective;Store credit;2025-04-20',
  'RT-3;#2003;CAM-01;1;Tamaño incorrecto;Cambio por otro talle;2025-04-21',
  'RT-4;#2004;CAM-01;1;Color;Gift card;2025-04-21',
  'RT-5;#2005;CAM-01;1;Me quedó chico;Reembolso a tarjeta;2025-04-22',
  'RT-6;#2006;CAM-01;1;Customer changed their mind;Refund;2025-04-22',
  'RT-7;#2007;CAM-01;1;Sleeves too long;Exchange;2025-04-23',
].join('\n');

describe('reasons as returns apps print them', () => {
  it('are each read as the canonical reason they name', async () => {
    await importedReport(store.app, orders, { fileName: 'orders_export.csv', kind: 'orders' });
    const report = await importedReport(store.app, returns, { fileName: 'returns.csv' });
    expect(report.rejects).toEqual([]);
    expect(await store.db.all('SELECT return_id, reason, resolution FROM returns ORDER BY return_id')).toEqual([
      { return_id: 'RT-1', reason: 'late_delivery', resolution: 'refund' }, // was size_too_large
      { return_id: 'RT-2', reason: 'defective', resolution: 'store_credit' }, // was damaged_in_transit
      { return_id: 'RT-3', reason: 'not_as_described', resolution: 'exchange' }, // was wrong_item
      { return_id: 'RT-4', reason: 'changed_mind', resolution: 'store_credit' }, // was not_as_described
      { return_id: 'RT-5', reason: 'size_too_small', resolution: 'refund' }, // was other, warned
      { return_id: 'RT-6', reason: 'changed_mind', resolution: 'refund' }, // was other, warned
      { return_id: 'RT-7', reason: 'size_too_large', resolution: 'exchange' },
    ]);
    // preventable (every group but the customer's): RT-1, RT-2, RT-3, RT-5, RT-7 = 5 of 7 (was 5 with RT-4, not RT-5)
    const [preventable] = await store.db.all("SELECT count(*)::INTEGER AS n FROM returns WHERE reason NOT IN ('changed_mind', 'better_price', 'other')");
    expect(preventable).toEqual({ n: 5 });
    expect(report.warnings.map((w: { code: string }) => w.code)).not.toContain('unknown_reasons');
  });

  it.each([
    ['Delivery took too long', 'late_delivery'],
    ['Took too long to arrive', 'late_delivery'],
    ['Tardó demasiado', 'late_delivery'],
    ['Pants too long', 'size_too_large'],
    ['Dañado o defectuoso', 'defective'],
    ['Item arrived damaged', 'damaged_in_transit'],
    ['Embalagem danificada', 'damaged_in_transit'],
    ['Tamaño pequeño', 'size_too_small'],
    ['Tamaño grande', 'size_too_large'],
    ['Me equivoqué de tamaño', 'not_as_described'],
    ['Style', 'changed_mind'],
    ['Color distinto al de la foto', 'not_as_described'],
    ['Me quedó grande', 'size_too_large'],
    ['No me quedó bien', 'not_as_described'],
    ['Es más chico de lo esperado', 'size_too_small'],
    ['Smaller than expected', 'size_too_small'],
    ['Cambió de opinión', 'changed_mind'],
    ['Mudou de ideia', 'changed_mind'],
    ['Arrependimento', 'changed_mind'],
    ['Desistência da compra', 'changed_mind'],
  ])('%j is %s', (text, reason) => {
    expect(matchReason(text)).toBe(reason);
  });
});
