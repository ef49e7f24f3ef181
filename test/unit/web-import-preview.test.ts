import { describe, expect, it } from 'vitest';
import { pairField, unusedHeaders } from '../../web/src/features/import/mapping-edits.ts';
import { previewBody } from '../../web/src/features/import/preview-request.ts';

const fields = ['order_id', 'ordered_at', 'sku', 'product_name', 'quantity', 'unit_price'];

describe('pairing a field with a column in the preview', () => {
  it('lists every field, unpaired ones with an empty header, so the server applies exactly this mapping', () => {
    expect(pairField(fields, { sku: 'Ref', quantity: 'Unidades' }, 'order_id', 'Pedido')).toEqual({
      order_id: 'Pedido',
      ordered_at: '',
      sku: 'Ref',
      product_name: '',
      quantity: 'Unidades',
      unit_price: '',
    });
  });

  it('takes a column from the field that had it: a column feeds one field', () => {
    const next = pairField(fields, { sku: 'Ref', product_name: 'Articulo' }, 'order_id', 'Ref');
    expect(next.order_id).toBe('Ref');
    expect(next.sku).toBe('');
    expect(next.product_name).toBe('Articulo');
  });

  it('leaves a field without a column when asked', () => {
    expect(pairField(fields, { sku: 'Ref' }, 'sku', '').sku).toBe('');
  });

  it('names the columns no field reads, in the file order', () => {
    expect(unusedHeaders(['Ref', 'Cuando', 'Articulo', 'Sucursal'], { order_id: 'Ref', sku: '', region: 'Sucursal' })).toEqual(['Cuando', 'Articulo']);
  });
});

describe('what the preview sends', () => {
  it('sends a small file whole and only the head of a large one', () => {
    const small = new Blob(['a'.repeat(1000)]);
    expect(previewBody(small)).toBe(small);
    const large = new Blob([new Uint8Array(30 * 1024 * 1024)]);
    expect(previewBody(large).size).toBe(10 * 1024 * 1024);
  });
});
