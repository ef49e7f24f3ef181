import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../web/src/lib/format.ts';
import { fileSize } from '../../web/src/features/import/file-size.ts';
import { rejectReasonKey } from '../../web/src/features/import/reject-reasons.ts';
import { formatUtcWallClock } from '../../web/src/features/import/utc-wall-clock.ts';
import { earlierStatusReason, orderNotInData, partialLineRefund, partialOrderRefund, repeatedOrderRefund, repeatedReturnRefund, unclearOrderRefund, unknownReturnFlag } from '../../server/import/normalise/normalise-returns.ts';
import { chargeLineReason } from '../../server/import/normalise/normalise-order-lines.ts';
import { stockAdjustment } from '../../server/import/normalise/ledger-credits.ts';
import { importFormData } from '../../web/src/features/import/upload-import.ts';
import { catalogues } from '../support/catalogues.ts';

const { es, en } = catalogues;

function lookUp(catalogue: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);
}

describe('reject reasons', () => {
  it.each([
    ['missing', 'falta el dato, que es obligatorio'],
    ['not a valid date', 'no es una fecha válida'],
    ['must be more than zero', 'tiene que ser mayor que cero'],
    ['requested before its order was placed', 'solicitada antes de la fecha de su pedido'],
    ['not a known resolution (refund, exchange, store credit, rejected, pending)', 'no es una resolución conocida (reembolso, cambio, crédito en tienda, rechazada, pendiente)'],
    ['holds bytes that are not text in the file\u2019s encoding', 'tiene bytes que no son texto en la codificación del archivo'],
    ["holds bytes that are not text in the file's encoding", 'tiene bytes que no son texto en la codificación del archivo'],
    // the phrases the server's return checks send, taken from the server's own constants
    [unknownReturnFlag, 'no dice si se devolvió o no'],
    [orderNotInData, 'el pedido no está en los datos: una devolución del pedido entero toma sus líneas del pedido, así que importá primero los pedidos (o en la misma tanda)'],
    [stockAdjustment, 'es un ajuste de stock (sin cliente ni precio), no una devolución'],
    [earlierStatusReason, 'un estado anterior de una devolución que el archivo repite: cuenta su última fila'],
    [partialOrderRefund, 'reembolsa una parte del pedido: el archivo no dice cuáles de sus líneas volvieron'],
    [unclearOrderRefund, 'reembolsa más de lo que valen las líneas del pedido (con impuestos o envío): puede ser una parte del pedido o todo, y el archivo no dice cuáles de sus líneas volvieron'],
    [repeatedOrderRefund, 'el reembolso del pedido, escrito en cada una de sus líneas devueltas y mayor que lo que valen: el archivo no dice cuánto recibió cada línea'],
    [repeatedReturnRefund, 'el reembolso de la devolución, escrito en cada una de sus líneas y mayor que lo que valen: el archivo no dice cuánto recibió cada línea'],
    [partialLineRefund, 'reembolsa menos de lo que vale la línea y no un número entero de sus unidades: el archivo no dice cuántas volvieron, si volvió alguna'],
    [chargeLineReason, 'envío, propina, cargo, interés o un servicio (protección, envoltorio para regalo): no es un producto'],
  ])('translates the server text %j', (reason, spanish) => {
    const known = rejectReasonKey(reason);
    expect(known).not.toBeNull();
    expect(known!.values).toEqual({});
    expect(lookUp(es, known!.key)).toBe(spanish);
    expect(typeof lookUp(en, known!.key)).toBe('string');
  });

  it('carries the figures of a phrase that has them', () => {
    const width = rejectReasonKey('has 14 values where the header has 13');
    expect(width).toEqual({ key: 'import.rejectReasons.wrongWidth', values: { values: '14', expected: '13' } });
    expect(lookUp(es, width!.key)).toBe('tiene {{values}} valores y el encabezado tiene {{expected}}');
    expect(rejectReasonKey('is longer than 3 MiB')).toEqual({ key: 'import.rejectReasons.tooLong', values: { size: '3' } });
  });

  it.each([
    // as server/import/normalise/pasted-pages.ts writes them
    ['repeats lines 3–4, the same order’s rows: a page of the export pasted twice', 'import.rejectReasons.pastedOrderRows', { first: '3', last: '4' }, 'repite las líneas 3–4, las mismas filas del pedido: una página de la exportación pegada dos veces'],
    ['repeats line 7, the same order’s row: a page of the export pasted twice', 'import.rejectReasons.pastedOrderRow', { line: '7' }, 'repite la línea 7, la misma fila del pedido: una página de la exportación pegada dos veces'],
    ['repeats lines 10–12, the same return’s rows: a page of the export pasted twice', 'import.rejectReasons.pastedReturnRows', { first: '10', last: '12' }, 'repite las líneas 10–12, las mismas filas de la devolución: una página de la exportación pegada dos veces'],
    ['repeats line 5, the same return’s row: a page of the export pasted twice', 'import.rejectReasons.pastedReturnRow', { line: '5' }, 'repite la línea 5, la misma fila de la devolución: una página de la exportación pegada dos veces'],
  ])('a page pasted twice: %j', (reason, key, values, spanish) => {
    const known = rejectReasonKey(reason);
    expect(known).toEqual({ key, values });
    const template = lookUp(es, key) as string;
    expect(template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (values as Record<string, string>)[name]!)).toBe(spanish);
  });

  it('leaves a text it does not know to be shown as sent', () => {
    expect(rejectReasonKey('a brand new check')).toBeNull();
    expect(rejectReasonKey('toString')).toBeNull();
    expect(rejectReasonKey('has many values where the header has 13')).toBeNull();
  });
});

describe('file sizes', () => {
  const esFormat = createFormatters('es-AR', null);
  const enFormat = createFormatters('en-US', null);
  it.each([
    [512, '0,5\u00a0KB', '0.5\u00a0KB'],
    [1536, '1,5\u00a0KB', '1.5\u00a0KB'],
    [250 * 1024, '250\u00a0KB', '250\u00a0KB'],
    [3.25 * 1024 * 1024, '3,3\u00a0MB', '3.3\u00a0MB'],
    [750 * 1024 * 1024, '750\u00a0MB', '750\u00a0MB'],
    [2 * 1024 ** 3, '2,0\u00a0GB', '2.0\u00a0GB'],
  ])('%d bytes', (bytes, spanish, english) => {
    expect(fileSize(bytes, esFormat)).toBe(spanish);
    expect(fileSize(bytes, enFormat)).toBe(english);
  });
});

describe('when an import started', () => {
  it('reads the log time as UTC and shows it in the reader zone', () => {
    const shown = formatUtcWallClock('2026-03-04T13:05:09', 'en-US');
    const expected = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(Date.UTC(2026, 2, 4, 13, 5, 9)));
    expect(shown).toBe(expected);
  });

  it('keeps a text that is not a timestamp as it is', () => {
    expect(formatUtcWallClock('yesterday', 'es-AR')).toBe('yesterday');
  });
});

describe('the multipart form', () => {
  it('carries the file, kind and mode, and the mapping only when there is one', () => {
    const file = new File(['order_id\n1\n'], 'orders.csv', { type: 'text/csv' });
    const plain = importFormData({ file, kind: 'orders', mode: 'replace' });
    expect(plain.get('kind')).toBe('orders');
    expect(plain.get('mode')).toBe('replace');
    expect((plain.get('file') as File).name).toBe('orders.csv');
    expect(plain.has('mapping')).toBe(false);

    const mapped = importFormData({ file, kind: 'auto', mode: 'append', mapping: { order_id: 'Número de orden' } });
    expect(JSON.parse(mapped.get('mapping') as string)).toEqual({ order_id: 'Número de orden' });
  });
});

describe('mapping fields', () => {
  it('lists mapped fields in the table order, unknown ones last, and the fields left without a column', async () => {
    const { mappingFields } = await import('../../web/src/features/import/mapping-fields.ts');
    const { mapped, unmapped } = mappingFields('returns', {
      sku: 'SKU',
      order_id: 'Pedido',
      future_field: 'X',
      quantity: 'Cant',
      requested_at: 'Fecha',
      reason_raw: 'Motivo',
    });
    expect(mapped).toEqual(['order_id', 'sku', 'quantity', 'reason_raw', 'requested_at', 'future_field']);
    // the reason code comes from the reason text, and on a return the product name only stands in for the SKU
    expect(unmapped).not.toContain('reason');
    expect(unmapped).not.toContain('product_name');
    expect(unmapped).toContain('return_id');
    expect(unmapped).toContain('disposition');
  });

  it('shows every mapped field of a kind it does not know, and calls nothing missing', async () => {
    const { mappingFields } = await import('../../web/src/features/import/mapping-fields.ts');
    expect(mappingFields('something_new', { a: 'A', b: 'B' })).toEqual({ mapped: ['a', 'b'], unmapped: [] });
  });
});

describe('mapping fields of a combined file', () => {
  it('follow the combined field order: the order line first, then its return', async () => {
    const { mappingFields } = await import('../../web/src/features/import/mapping-fields.ts');
    const { mapped } = mappingFields('combined', {
      requested_at: 'Return_Date',
      order_id: 'Order_ID',
      return_flag: 'Return_Status',
      ordered_at: 'Order_Date',
    });
    expect(mapped).toEqual(['order_id', 'ordered_at', 'return_flag', 'requested_at']);
  });
});
