import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';
import { importedReport } from '../support/upload.ts';

// Amounts as shops' spreadsheets and ERPs write them (found by the amounts hunt): a currency sign
// after the amount, a negative in brackets or with its minus after, a space between thousands.
// Each is read as what it says, or its line rejected and named; never read as another figure.
// Figures worked out by hand.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeEach(async () => {
  store = await openTestStore();
});
afterEach(() => store.close());
/** A second file of a test, read into a database of its own. */
const emptyStore = async () => {
  store.close();
  store = await openTestStore();
};

const upload = (csv: string, options: { kind?: string } = {}) => importedReport(store.app, csv, { fileName: 'ventas.csv', ...options });
const summary = async () => (await store.app.request('/api/metrics/summary?from=2026-01-01&to=2026-12-31')).json();
const unitPrices = () => store.db.all('SELECT order_id, unit_price::DOUBLE AS price FROM order_lines ORDER BY order_id');

/** An orders file in Spanish, one line of one unit per price, ordered in March 2026. */
const ordersFile = (prices: string[]) => `Pedido;Fecha;SKU;Cantidad;Precio unitario\n${prices.map((price, i) => `${1001 + i};${String(i + 1).padStart(2, '0')}/03/2026;A${i};1;${price}`).join('\n')}\n`;

describe('a currency sign or code after the amount', () => {
  it('"12,50 $" and "1.234,50 $" beside "100,00" with no sign: as "$ 12,50" reads', async () => {
    const report = await upload(ordersFile(['12,50 $', '1.234,50 $', '100,00']));
    // before: 1001 and 1002 rejected (not a number), 1 order, 100
    expect(report).toMatchObject({ rowsImported: 3, rowsRejected: 0 });
    // 12.50 + 1,234.50 + 100 = 1,347
    expect(await summary()).toMatchObject({ orders: 3, grossSales: 1347 });
  });

  it('"12.50$" as "$12.50"; "US$" and "R$" after the amount too', async () => {
    await upload('Order,Date,SKU,Quantity,Unit price\n1001,2026-03-01,A,1,$12.50\n1002,2026-03-02,B,1,12.50$\n1003,2026-03-03,C,1,100.00\n');
    // before: 1002 rejected; 12.50 + 12.50 + 100 = 125
    expect(await summary()).toMatchObject({ orders: 3, grossSales: 125 });
    await emptyStore();
    await upload(ordersFile(['12,50 US$', '100,00 R$', '1.234,50']));
    // 12.50 + 100 + 1,234.50 = 1,347
    expect(await summary()).toMatchObject({ orders: 3, grossSales: 1347 });
  });
});

describe('a negative amount in brackets, as Excel\'s accounting format writes it, or with its minus after, as SAP does', () => {
  it('a unit price "(12,50)" or "12,50-" is rejected as negative, never read as 12.50 or 1,250', async () => {
    const report = await upload(ordersFile(['(12,50)', '12,50-', '100,00', '1.234,50']));
    // before: rejected as `not a number`, which hid that the price was a negative one
    expect(report.rejects).toEqual([
      { line: 2, field: 'unit_price', value: '(12,50)', reason: 'cannot be negative' },
      { line: 3, field: 'unit_price', value: '12,50-', reason: 'cannot be negative' },
    ]);
    // 100 + 1,234.50
    expect(await unitPrices()).toEqual([
      { order_id: '1003', price: 100 },
      { order_id: '1004', price: 1234.5 },
    ]);
  });

  it('a combined file\'s refunds "(40,00)", "50,00-", "$ (12,50)", "(1.000,00) €" and "- 10,00" are refunds of 40, 50, 12.50, 1,000 and 10, as "-40,00" is', async () => {
    const header = 'Pedido;Fecha;SKU;Cantidad;Precio unitario;Devuelto;Reembolso';
    const rows = ['1001;01/03/2026;A;1;10,00;No;0', '1002;02/03/2026;B;2;20,00;Sí;(40,00)', '1003;03/03/2026;C;1;50,00;Sí;50,00-', '1004;04/03/2026;D;1;12,50;Sí;$ (12,50)', '1005;05/03/2026;E;1;1.000,00;Sí;(1.000,00) €', '1006;06/03/2026;F;1;10,00;Sí;- 10,00'];
    const report = await upload(`${header}\n${rows.join('\n')}\n`);
    // before: the five refunds rejected (not a number), 0 returns
    expect(report).toMatchObject({ kind: 'combined', rowsImported: 6, rowsRejected: 0 });
    // back: 1002 (2 units, 40), 1003 (50), 1004 (12.50), 1005 (1,000), 1006 (10): 6 units, 1,112.50, all refunded
    expect(await summary()).toMatchObject({ returns: 5, unitsReturned: 6, returnedValue: 1112.5, refundedValue: 1112.5 });
  });

  it('a returns file\'s refund "(10,00)" or "20,00-" is rejected as negative, as "-10,00" is', async () => {
    const header = 'ID devolución;Pedido;SKU;Cantidad;Fecha de solicitud;Motivo;Reembolso';
    const report = await upload(`${header}\nR1;1001;A;1;10/03/2026;Defectuoso;(10,00)\nR2;1002;A;1;11/03/2026;Defectuoso;20,00-\nR3;1003;A;1;12/03/2026;Defectuoso;30,00\n`, { kind: 'returns' });
    expect(report.rejects).toEqual([
      { line: 2, field: 'amount', value: '(10,00)', reason: 'cannot be negative' },
      { line: 3, field: 'amount', value: '20,00-', reason: 'cannot be negative' },
    ]);
  });

  it('a line discount "(2,00)" or "5,00-" comes off the price, as "-2,00" does', async () => {
    const report = await upload('Pedido;Fecha;SKU;Cantidad;Precio unitario;Descuento del item\n1001;01/03/2026;A;1;10,00;(2,00)\n1002;02/03/2026;B;2;20,00;0,00\n1003;03/03/2026;C;1;50,00;5,00-\n');
    // before: 1001 and 1003 rejected (not a number), gross 40
    expect(report).toMatchObject({ rowsImported: 3, rowsRejected: 0 });
    // 10 − 2 = 8; 2 × 20 = 40; 50 − 5 = 45: 93
    expect(await summary()).toMatchObject({ orders: 3, grossSales: 93 });
  });

  it('a ledger\'s credit note priced "(1.500,00)" or "2.000,00-" is a return of that value', async () => {
    const header = 'Tipo de comprobante;Nro. comprobante;Fecha;Cliente;Artículo;Descripción;Cantidad;Precio unitario';
    const rows = ['FAC;A-1;01/03/2026;C001;REM-01;Remera;2;1.500,00', 'NC;A-2;02/03/2026;C001;REM-01;Remera;1;(1.500,00)', 'FAC;A-3;03/03/2026;C002;GOR-03;Gorra;1;2.000,00', 'NC;A-4;04/03/2026;C002;GOR-03;Gorra;1;2.000,00-'];
    const report = await upload(`${header}\n${rows.join('\n')}\n`);
    // before: both credit notes rejected (not a number), 0 returns
    expect(report).toMatchObject({ kind: 'combined', rowsRejected: 0 });
    // sold 2 × 1,500 + 2,000 = 5,000; back 1 × 1,500 and 1 × 2,000
    expect(await summary()).toMatchObject({ orders: 2, grossSales: 5000, returns: 2, unitsReturned: 2, returnedValue: 3500, refundedValue: 3500 });
  });

  it('the separators are judged on the amount inside the brackets: "(12,50)" has a decimal comma', async () => {
    // English headers, and no other amount with a separator: "(12,50)" alone tells the comma
    const report = await upload('Order,Date,SKU,Quantity,Unit price,Returned,Refund\n1001,2026-03-01,A,1,100,Yes,"(12,50)"\n1002,2026-03-02,B,1,40,No,\n');
    // before: the comma taken for thousands (a decimal dot, English), 1001's refund rejected
    expect(report).toMatchObject({ format: { decimalSeparator: ',' }, rowsRejected: 0 });
    expect(await summary()).toMatchObject({ grossSales: 140, returns: 1, refundedValue: 12.5 });
  });

  it('brackets and a minus both ("(-12,50)") is no amount: rejected', async () => {
    const report = await upload(ordersFile(['(-12,50)', '100,00']));
    expect(report.rejects).toEqual([{ line: 2, field: 'unit_price', value: '(-12,50)', reason: 'not a number' }]);
  });

  it('brackets around no figure ("1.234,50 (USD)", "12,50 (1)") make nothing negative: no amount, rejected', async () => {
    const header = 'Pedido;Fecha;SKU;Cantidad;Precio unitario;Devuelto;Reembolso';
    const report = await upload(`${header}\n1001;01/03/2026;A;1;1.234,50;Sí;1.234,50 (USD)\n1002;02/03/2026;B;1;12,50;Sí;12,50 (1)\n1003;03/03/2026;C;1;10,00;Sí;10,00 USD\n`);
    // never refunds of 1,234.50 and 12.50 read as -1,234.50 and -12.50 (a refund is taken as positive)
    expect(report.rejects).toEqual([
      { line: 2, field: 'amount', value: '1.234,50 (USD)', reason: 'not a number' },
      { line: 3, field: 'amount', value: '12,50 (1)', reason: 'not a number' },
    ]);
    expect(await summary()).toMatchObject({ returns: 1, refundedValue: 10 });
  });
});

describe('an amount of a million or more, "000" between two thousands separators', () => {
  it('"1.000.000,00" and "2.000.500" are read, not refused as a number after a leading zero', async () => {
    const report = await upload(ordersFile(['1.000.000,00', '2.000.500', '12,50']));
    // before: both rejected (not a number), gross 12.50
    expect(report.rejects).toEqual([]);
    // 1,000,000 + 2,000,500 + 12.50
    expect(await summary()).toMatchObject({ orders: 3, grossSales: 3000512.5 });
  });

  it('"1,000,000.00" with a decimal dot; Chilean pesos "$ 1.000.000" beside "$ 12.500"', async () => {
    await upload('Order,Date,SKU,Quantity,Unit price\n1001,2026-03-01,A,1,"1,000,000.00"\n1002,2026-03-02,B,1,12.50\n');
    expect(await summary()).toMatchObject({ orders: 2, grossSales: 1000012.5 });
    await emptyStore();
    // no amount tells the dot's role: the Spanish headers make it the thousands one
    const report = await upload(ordersFile(['$ 1.000.000', '$ 12.500']));
    expect(report).toMatchObject({ rowsRejected: 0, format: { decimalSeparator: ',' } });
    expect(await summary()).toMatchObject({ orders: 2, grossSales: 1012500 });
  });

  it('"0.125" and "-0.125" still are no thousands: rejected', async () => {
    const report = await upload(ordersFile(['0.125', '1.234,50']));
    expect(report.rejects).toEqual([{ line: 2, field: 'unit_price', value: '0.125', reason: 'not a number' }]);
    const refunds = await upload('Pedido;Fecha;SKU;Cantidad;Precio unitario;Devuelto;Reembolso\n1001;01/03/2026;A;1;1.234,50;Sí;-0.125\n');
    expect(refunds.rejects).toEqual([{ line: 2, field: 'amount', value: '-0.125', reason: 'not a number' }]);
  });
});

describe('a space between thousands (U+0020, or U+00A0 and U+202F as French and Excel write it)', () => {
  it('"1 234,50" is 1,234.50; "0 125", "12 50" and "1 23,50" end no group of three: rejected, not read as 125, 1,250 or 123.50', async () => {
    const report = await upload(ordersFile(['1 234,50', '0 125', '12 50', '1 23,50', '12,50']));
    // before: all five imported, gross 1,234.50 + 125 + 1,250 + 123.50 + 12.50 = 2,745.50
    expect(report.rejects).toEqual([
      { line: 3, field: 'unit_price', value: '0 125', reason: 'not a number' },
      { line: 4, field: 'unit_price', value: '12 50', reason: 'not a number' },
      { line: 5, field: 'unit_price', value: '1 23,50', reason: 'not a number' },
    ]);
    // 1,234.50 + 12.50
    expect(await summary()).toMatchObject({ orders: 2, grossSales: 1247 });
  });

  it('no-break spaces: "1\\u00a0234,50" and "1\\u202f234\\u202f567,00" read, "0\\u00a0125" rejected', async () => {
    const report = await upload(ordersFile(['1\u00a0234,50', '1\u202f234\u202f567,00', '0\u00a0125', '12,50']));
    // before: "0 125" imported at 125
    expect(report.rejects).toEqual([{ line: 4, field: 'unit_price', value: '0\u00a0125', reason: 'not a number' }]);
    // 1,234.50 + 1,234,567 + 12.50 = 1,235,814
    expect(await summary()).toMatchObject({ orders: 3, grossSales: 1235814 });
  });

  it('French Excel\'s "1\u202f234,50\u00a0€": the sign dropped, the narrow space between thousands; "0\u202f125\u00a0€" rejected', async () => {
    const report = await upload(ordersFile(['1\u202f234,50\u00a0€', '0\u202f125\u00a0€', '12,50\u00a0€']));
    // before: "0 125 €" imported at 125
    expect(report.rejects).toEqual([{ line: 3, field: 'unit_price', value: '0\u202f125\u00a0€', reason: 'not a number' }]);
    // 1,234.50 + 12.50
    expect(await summary()).toMatchObject({ orders: 2, grossSales: 1247 });
  });

  it('a minus spaced from its amount ("- 10,00") is still -10', async () => {
    await upload('Pedido;Fecha;SKU;Cantidad;Precio unitario;Devuelto;Reembolso\n1001;01/03/2026;A;1;1 000,00;Sí;- 10,00\n1002;02/03/2026;B;1;20,00;No;\n');
    // 1,000 + 20; 1001 back, refunded 10: the space after the minus is no thousands separator
    expect(await summary()).toMatchObject({ grossSales: 1020, returns: 1, refundedValue: 10 });
  });

  it('"1 000 000,00" is a million', async () => {
    await upload(ordersFile(['1 000 000,00', '12,50']));
    expect(await summary()).toMatchObject({ orders: 2, grossSales: 1000012.5 });
  });
});

describe('a thousands separator after four digits', () => {
  it('"1234.567,00" in a file of "1.234,50" is rejected, not read as 1,234,567: no grouping writes it; "1234 567,00" neither', async () => {
    const report = await upload(ordersFile(['1234.567,00', '12,50', '1.234,50', '1.234.567']));
    // before: imported at 1,234,567
    expect(report.rejects).toEqual([{ line: 2, field: 'unit_price', value: '1234.567,00', reason: 'not a number' }]);
    // 12.50 + 1,234.50 + 1,234,567 ("1.234.567": three groups, no decimals)
    expect(await summary()).toMatchObject({ orders: 3, grossSales: 1235814 });
    await emptyStore();
    const spaced = await upload(ordersFile(['1234 567,00', '1 234,50']));
    // before: imported at 1,234,567
    expect(spaced.rejects).toEqual([{ line: 2, field: 'unit_price', value: '1234 567,00', reason: 'not a number' }]);
  });
});
