import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../server/import/import-file.ts';
import { expectMercadoLibreVentasStored } from '../support/mercado-libre-ventas.ts';
import { openTestStore, orderTotals as storedOrderTotals } from '../support/test-store.ts';

// Workbooks are built here with exceljs's writer, with real date and number cells, and sent as
// the page sends them; every figure is worked out by hand from the rows written.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());

/** A date cell as exceljs takes it: the UTC fields are the wall clock the sheet shows. */
const at = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(Date.UTC(y, m - 1, d, h, min, s));

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function post(route: 'import' | 'preview', file: Uint8Array, fields: Record<string, string> = {}, fileName = 'ventas.xlsx') {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file as BlobPart]), fileName);
  const res = await store.app.request(route === 'import' ? '/api/imports' : '/api/imports/preview', { method: 'POST', body: form });
  return { status: res.status, body: await res.json() };
}

const lines = (sql: string) => store.db.all(sql);

const orderTotals = () => storedOrderTotals(store.db);

/**
 * Mercado Libre's "Ventas" report as a workbook: the rows of test/fixtures/layouts/mercadolibre-ventas-ar.csv
 * with the sale date a date cell and the amounts number cells in Excel's own formats, under the
 * same title row and blank row.
 */
function mercadoLibreVentas(workbook: ExcelJS.Workbook) {
  const sheet = workbook.addWorksheet('Ventas AR');
  sheet.addRow(['Ventas al 31 de marzo de 2025']);
  sheet.addRow([]);
  sheet.addRow([
    '# de venta', 'Fecha de venta', 'Estado', 'Descripción del estado', 'Unidades', 'Ingresos por productos (ARS)', 'Cargo por venta e impuestos',
    'Anulaciones y reembolsos (ARS)', 'Total (ARS)', 'SKU', '# de publicación', 'Título de la publicación', 'Variante',
    'Precio unitario de venta de la publicación (ARS)', 'Comprador', 'Ciudad', 'Estado', 'Forma de entrega',
  ]);
  sheet.addRow([2000001, at(2025, 3, 15, 14, 32), 'Entregado', null, 1, 12500, -1875, 0, 10625, 'ZAP-38', 'MLA1', 'Zapatilla urbana', 'Talle 38', 12500, 'juan_p', 'Rosario', 'Santa Fe', 'Mercado Envíos Full']);
  sheet.addRow([2000002, at(2025, 3, 16, 9, 5), 'Devolución finalizada', 'Te devolvimos el dinero', 2, 9999.98, -1500, -9999.98, 0, 'MOC-01', 'MLA2', 'Mochila', null, 4999.99, 'ana_m', 'Córdoba', 'Córdoba', 'Mercado Envíos Flex']);
  sheet.addRow([2000003, at(2025, 4, 2, 20, 10), 'Entregado', null, 1, 3200, -480, 0, 2720, null, 'MLA3', 'Gorra lisa', 'Negra', 3200, 'luz_r', 'CABA', 'Capital Federal', 'Acordar con el vendedor']);
  sheet.getColumn(2).numFmt = 'd "de" mmmm "de" yyyy hh:mm "hs."';
  for (const column of [6, 7, 8, 9, 14]) sheet.getColumn(column).numFmt = '"$" #,##0.00';
}

describe('Mercado Libre sales report as a workbook', () => {
  it('imports as its CSV does: the title rows skipped, the same mapping, figures and warnings; the format says xlsx', async () => {
    const res = await post('import', await workbookBytes(mercadoLibreVentas));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      kind: 'combined',
      source: 'mercadolibre',
      // number cells are written with a dot and date cells as ISO, whatever the report's language
      format: { encoding: 'xlsx', delimiter: ',', decimalSeparator: '.', thousandsSeparator: '', dateFormat: 'iso', headerLine: 3 },
      rowsRead: 3,
      rowsImported: 3,
      rowsRejected: 0,
      tables: { orders: { rowsImported: 3 }, returns: { rowsImported: 1, unmatched: 0 } },
    });
    // the same rows, figures and warnings as the CSV export: one worked-out expectation serves both
    await expectMercadoLibreVentasStored(store.db, res.body);
  });

  it('the preview names the sheet read and its rows: title, header and three sales', async () => {
    const res = await post('preview', await workbookBytes(mercadoLibreVentas));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ source: 'mercadolibre', rowsScanned: 3, complete: true, workbook: { sheets: [{ name: 'Ventas AR', rows: 5 }], sheet: 'Ventas AR' } });
    expect(res.body.rows.map((row: { line: number }) => row.line)).toEqual([4, 5, 6]);
  });
});

/** A summary first, then two months of orders: March with four, April with two. */
function summaryAndTwoMonths(workbook: ExcelJS.Workbook) {
  const summary = workbook.addWorksheet('Resumen');
  summary.addRows([['Resumen del trimestre'], ['Pedidos', 6], ['Unidades', 9]]);
  const months: Array<[string, Array<[string, Date, string, number, number]>]> = [
    ['Marzo', [['M-1', at(2025, 3, 3), 'A', 1, 10], ['M-2', at(2025, 3, 9), 'B', 2, 20], ['M-3', at(2025, 3, 17), 'A', 1, 10], ['M-4', at(2025, 3, 30), 'C', 3, 5]]],
    ['Abril', [['A-1', at(2025, 4, 2), 'A', 1, 10], ['A-2', at(2025, 4, 20), 'B', 1, 20]]],
  ];
  for (const [name, orders] of months) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(['Pedido', 'Fecha', 'SKU', 'Cantidad', 'Precio unitario']);
    sheet.addRows(orders);
  }
}

describe('choosing the sheet', () => {
  it('reads the sheet with the most rows by default, lists every sheet in tab order, and reads another when named', async () => {
    const workbook = await workbookBytes(summaryAndTwoMonths);
    const preview = await post('preview', workbook);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    // Resumen 3 rows, Marzo header + 4, Abril header + 2
    expect(preview.body.workbook).toEqual({ sheets: [{ name: 'Resumen', rows: 3 }, { name: 'Marzo', rows: 5 }, { name: 'Abril', rows: 3 }], sheet: 'Marzo' });
    expect(preview.body.rows.map((row: { values: { order_id: string } }) => row.values.order_id)).toEqual(['M-1', 'M-2', 'M-3', 'M-4']);

    const april = await post('preview', workbook, { sheet: 'Abril' });
    expect(april.body.workbook.sheet).toBe('Abril');
    expect(april.body.rows.map((row: { values: { order_id: string } }) => row.values.order_id)).toEqual(['A-1', 'A-2']);

    const imported = await post('import', workbook, { sheet: 'Abril' });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toMatchObject({ kind: 'orders', rowsRead: 2, rowsImported: 2 });
    // 1 × 10 + 1 × 20
    expect(await orderTotals()).toEqual({ lines: 2, orders: 2, units: 2, gross: 30 });

    const byDefault = await post('import', workbook);
    expect(byDefault.body).toMatchObject({ rowsRead: 4, rowsImported: 4 });
    // March: 10 + 40 + 10 + 15, beside April's 30
    expect(await orderTotals()).toEqual({ lines: 6, orders: 6, units: 9, gross: 105 });
  });

  it('a sheet the workbook does not have is refused with the names it does have; nothing is written', async () => {
    const res = await post('import', await workbookBytes(summaryAndTwoMonths), { sheet: 'Mayo' });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'sheet_not_found', details: { sheets: ['Resumen', 'Marzo', 'Abril'] } });
    expect(res.body.error.message).toContain('"Resumen", "Marzo", "Abril"');
    expect(await orderTotals()).toEqual({ lines: 0, orders: 0, units: null, gross: null });
  });
});

describe('typed cells', () => {
  // Every price has three decimals, so no value tells the decimal separator, and the Spanish
  // headers would make "1.234" one thousand two hundred and thirty-four: number cells are written with a dot.
  it('stores date cells at their wall-clock time and number cells exactly, in a Spanish workbook where "1.234" alone would read as a thousand', async () => {
    const workbook = await workbookBytes((book) => {
      const sheet = book.addWorksheet('Pedidos');
      sheet.addRow(['Pedido', 'Fecha', 'SKU', 'Producto', 'Cantidad', 'Precio unitario', 'Fecha de entrega']);
      sheet.addRow(['A-1', at(2025, 3, 15, 14, 32, 7), 'CAM-M', 'Camisa, "slim"', 2, 1.234, { formula: 'B2+3', result: at(2025, 3, 18, 14, 32, 7) }]);
      sheet.addRow([1002, at(2025, 1, 31), { richText: [{ text: 'PAN-' }, { text: '42', font: { bold: true } }] }, 'Pantalón\nlargo', { formula: '1+1', result: 2 }, 1.001 + 2.002, null]);
      sheet.addRow(['A-3', at(2025, 12, 31, 23, 59, 59), 'GOR', 'Gorra', 1, 1234567.891, null]);
      sheet.getColumn(2).numFmt = 'dd/mm/yyyy hh:mm:ss';
      sheet.getCell('B3').numFmt = 'dd/mm/yyyy';
      sheet.getColumn(6).numFmt = '#.##0,000';
      sheet.getColumn(7).numFmt = 'dd/mm/yyyy';
    });
    const res = await post('import', workbook);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ kind: 'orders', format: { encoding: 'xlsx', decimalSeparator: '.', dateFormat: 'iso', headerLine: 1 }, rowsImported: 3, rowsRejected: 0 });
    expect(
      await lines(`SELECT order_id, sku, product_name, strftime(ordered_at, '%Y-%m-%d %H:%M:%S') AS ordered, quantity, unit_price::VARCHAR AS price,
                          strftime(delivered_at, '%Y-%m-%d %H:%M:%S') AS delivered
                   FROM order_lines ORDER BY ordered_at`),
    ).toEqual([
      // a date cell without a time is midnight; the rich text's runs are one SKU; the line break a space;
      // the formula's cached 2; 1.001 + 2.002, stored 3.0029999999999997, as Excel shows it
      { order_id: '1002', sku: 'PAN-42', product_name: 'Pantalón largo', ordered: '2025-01-31 00:00:00', quantity: 2, price: '3.0030', delivered: null },
      // the formula's cached date, 3 days on, at the same time
      { order_id: 'A-1', sku: 'CAM-M', product_name: 'Camisa, "slim"', ordered: '2025-03-15 14:32:07', quantity: 2, price: '1.2340', delivered: '2025-03-18 14:32:07' },
      { order_id: 'A-3', sku: 'GOR', product_name: 'Gorra', ordered: '2025-12-31 23:59:59', quantity: 1, price: '1234567.8910', delivered: null },
    ]);
  });

  // A Spanish CSV saved from Excel, or an exporter that writes strings, keeps its amounts as text
  // cells in its own writing. Read with the workbook's dot, "1.250,50" was stored as 1.2505 and
  // "899,99" as 89,999, with no warning.
  it('reads amounts kept as text cells as a CSV with them would be read; a whole number cell beside them is the same either way', async () => {
    const workbook = await workbookBytes((book) => {
      const sheet = book.addWorksheet('Ventas');
      sheet.addRow(['Número de pedido', 'Fecha', 'SKU', 'Cantidad', 'Precio unitario']);
      sheet.addRow(['1001', at(2026, 2, 3, 10), 'CAM-01', 2, '1.250,50']);
      sheet.addRow(['1002', at(2026, 2, 14, 12), 'PAN-02', 1, '899,99']);
      sheet.addRow(['1003', at(2026, 2, 20, 9), 'ZAP-03', 1, '12.500']);
      sheet.addRow(['1004', at(2026, 2, 21, 9), 'MED-04', 3, 12]);
    });
    const res = await post('import', workbook);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ format: { encoding: 'xlsx', decimalSeparator: ',' }, rowsImported: 4, rowsRejected: 0 });
    expect(await lines('SELECT order_id, unit_price::DOUBLE AS price FROM order_lines ORDER BY order_id')).toEqual([
      { order_id: '1001', price: 1250.5 },
      { order_id: '1002', price: 899.99 },
      { order_id: '1003', price: 12500 },
      { order_id: '1004', price: 12 },
    ]);
  });

  it('judges a formula by its result and rich text as text', async () => {
    const textAmounts = await workbookBytes((book) => {
      const sheet = book.addWorksheet('Ventas');
      sheet.addRow(['Número de pedido', 'Fecha', 'SKU', 'Cantidad', 'Precio unitario']);
      sheet.addRow(['1001', at(2026, 2, 3, 10), 'CAM-01', 1, { formula: 'TEXT(1250.5,"#.##0,00")', result: '1.250,50' }]);
      sheet.addRow(['1002', at(2026, 2, 14, 12), 'PAN-02', 1, { richText: [{ text: '899' }, { text: ',99' }] }]);
    });
    const read = await post('import', textAmounts);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(await lines('SELECT order_id, unit_price::DOUBLE AS price FROM order_lines ORDER BY order_id')).toEqual([
      { order_id: '1001', price: 1250.5 },
      { order_id: '1002', price: 899.99 },
    ]);
    const mixed = await workbookBytes((book) => {
      const sheet = book.addWorksheet('Ventas');
      sheet.addRow(['Número de pedido', 'Fecha', 'SKU', 'Cantidad', 'Precio unitario']);
      sheet.addRow(['2001', at(2026, 2, 3, 10), 'CAM-01', 1, '1.250,50']);
      sheet.addRow(['2002', at(2026, 2, 14, 12), 'PAN-02', 1, { formula: '899.99*1', result: 899.99 }]);
    });
    const refused = await post('import', mixed);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('mixed_amount_cells');
  });

  it('refuses amounts kept as text beside number cells with decimals, which no one separator reads; nothing is written', async () => {
    const workbook = await workbookBytes((book) => {
      const sheet = book.addWorksheet('Ventas');
      sheet.addRow(['Número de pedido', 'Fecha', 'SKU', 'Cantidad', 'Precio unitario']);
      sheet.addRow(['1001', at(2026, 2, 3, 10), 'CAM-01', 2, 1250.5]);
      sheet.addRow(['1002', at(2026, 2, 14, 12), 'PAN-02', 1, '1.500,25']);
    });
    const res = await post('import', workbook);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'mixed_amount_cells', details: { textColumns: ['Precio unitario'], numberColumns: ['Precio unitario'] } });
    expect(await lines('SELECT count(*)::INTEGER AS n FROM order_lines')).toEqual([{ n: 0 }]);
  });

  it("a workbook counting its dates from 1904 (old Mac Excel) stores the same wall-clock times, a formula's date result too", async () => {
    const workbook = await workbookBytes((book) => {
      book.properties.date1904 = true;
      const sheet = book.addWorksheet('Orders');
      sheet.addRow(['Order ID', 'Order Date', 'SKU', 'Quantity', 'Unit Price', 'Delivery Date']);
      sheet.addRow(['O-1', at(2025, 3, 15, 14, 32), 'S1', 1, 10, { formula: 'B2+2', result: at(2025, 3, 17, 14, 32) }]);
      sheet.getColumn(2).numFmt = 'yyyy-mm-dd hh:mm';
      sheet.getColumn(6).numFmt = 'yyyy-mm-dd hh:mm';
    });
    const res = await post('import', workbook);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await lines(`SELECT strftime(ordered_at, '%Y-%m-%d %H:%M') AS ordered, strftime(delivered_at, '%Y-%m-%d %H:%M') AS delivered FROM order_lines`)).toEqual([
      { ordered: '2025-03-15 14:32', delivered: '2025-03-17 14:32' },
    ]);
  });
});

describe('line numbers', () => {
  it('a reject names the sheet row Excel shows: title, blank rows and a cell with a line break do not shift it', async () => {
    const workbook = await workbookBytes((book) => {
      const sheet = book.addWorksheet('Pedidos');
      sheet.getCell('A1').value = 'Exportado el 31/03/2025';
      sheet.getRow(3).values = ['Pedido', 'Fecha', 'SKU', 'Cantidad', 'Precio unitario', 'Nota'];
      sheet.getRow(4).values = ['P-1', at(2025, 3, 1), 'S1', 1, 10, 'Dejar en\nportería'];
      // row 5 left blank
      sheet.getRow(6).values = ['P-2', at(2025, 3, 2), 'S2', 'tres', 10];
      sheet.getRow(7).values = ['P-3', at(2025, 3, 3), 'S3', 2, 10];
    });
    const res = await post('import', workbook);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      format: { headerLine: 3 },
      rowsRead: 3,
      rowsImported: 2,
      rowsRejected: 1,
      rejects: [{ line: 6, field: 'quantity', value: 'tres' }],
    });
  });
});

/** A zip holding one deflated file: the shape of an .xlsx without being one. */
function zipOf(name: string, content: string): Uint8Array {
  const data = Buffer.from(content);
  const packed = deflateRawSync(data);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  local.copy(central, 8, 6, 26); // flags, method, time, date, crc, sizes
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length + packed.length, 16);
  return Buffer.concat([local, fileName, packed, central, fileName, end]);
}

describe('files that look like workbooks and are not', () => {
  it('an old .xls is refused with 415, saying to save it as .xlsx or CSV', async () => {
    const oleHeader = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const res = await post('import', oleHeader, {}, 'ventas.xls');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('not_text');
    expect(res.body.error.message).toContain('old Excel workbook (.xls)');
    expect(res.body.error.message).toContain('Excel Workbook (.xlsx)');
  });

  it('a zip that holds no workbook is refused with 415, and so is one cut short', async () => {
    const zip = zipOf('ventas.csv', 'Pedido,Fecha,SKU,Cantidad,Precio\nP-1,2025-03-01,S1,1,10\n');
    const res = await post('import', zip, {}, 'ventas.zip');
    expect(res.status).toBe(415);
    expect(res.body.error).toMatchObject({ code: 'not_text', message: expect.stringContaining('not an Excel workbook (.xlsx)') });

    const cut = (await workbookBytes(mercadoLibreVentas)).slice(0, 2000);
    const truncated = await post('import', cut);
    expect(truncated.status).toBe(415);
    expect(await orderTotals()).toEqual({ lines: 0, orders: 0, units: null, gross: null });
  });
});

describe('a large workbook', () => {
  it('50,000 rows stream through: every row read, counted and summed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-test-workbook-'));
    try {
      const filePath = path.join(dir, 'orders.xlsx');
      // the streaming writer commits each row to the file, as the reader reads it back
      const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useSharedStrings: true, useStyles: true });
      const sheet = writer.addWorksheet('Orders');
      sheet.addRow(['Order ID', 'Order Date', 'SKU', 'Quantity', 'Unit Price']).commit();
      for (let i = 1; i <= 50_000; i++) {
        const row = sheet.addRow([`O-${i}`, at(2025, 1, 1 + (i % 90), 10), `SKU-${i % 100}`, (i % 3) + 1, (i % 10) + 0.5]);
        row.getCell(2).numFmt = 'yyyy-mm-dd hh:mm';
        row.commit();
      }
      sheet.commit();
      await writer.commit();

      const report = await importFile(store.db, { filePath, fileName: 'orders.xlsx', kind: 'orders' });
      expect(report).toMatchObject({ format: { encoding: 'xlsx' }, rowsRead: 50_000, rowsImported: 50_000, rowsRejected: 0 });
      // quantity q = i mod 3 + 1, price p = i mod 10 + 0.5. Any 30 consecutive i meet every
      // (i mod 3, i mod 10) pair once: Σq = 10 × 6 = 60, Σq·p = (1+2+3) × (0.5+…+9.5) = 6 × 50 = 300.
      // 50,000 = 1,666 × 30 + 20, and i = 21…30 give Σq = 19, Σq·p = 105.5, so the last 20 give 41 and 194.5:
      // units 1,666 × 60 + 41 = 100,001; gross 1,666 × 300 + 194.5 = 499,994.5.
      expect(await orderTotals()).toEqual({ lines: 50_000, orders: 50_000, units: 100_001, gross: 499_994.5 });
      // i mod 90 runs 0…89 days after 1 January
      expect(await lines(`SELECT strftime(min(ordered_at), '%Y-%m-%d %H:%M') AS first, strftime(max(ordered_at), '%Y-%m-%d %H:%M') AS last FROM order_lines`)).toEqual([
        { first: '2025-01-01 10:00', last: '2025-03-31 10:00' },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
