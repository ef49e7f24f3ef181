import { describe, expect, it } from 'vitest';
import { detectDialect } from '../../../server/import/source/csv-dialect.ts';

describe('detectDialect', () => {
  it.each([
    ['commas', 'order,sku,qty\n1,A,2\n2,B,1\n', ','],
    ['semicolons with decimal commas', 'pedido;precio;cantidad\n1;1.234,56;2\n2;10,5;1\n', ';'],
    ['tabs', 'order\tsku\tqty\n1\tA\t2\n', '\t'],
    ['pipes', 'order|sku|qty\n1|A,B|2\n', '|'],
    ['commas inside quotes', 'order,name,price\n1,"Remera, roja","1,5"\n2,"Taza",3\n', ','],
  ])('finds %s', (_name, text, delimiter) => {
    expect(detectDialect(text, true)?.delimiter).toBe(delimiter);
  });

  it('finds a header below a title line and a blank line (Mercado Libre)', () => {
    const text = 'Ventas al 31 de marzo de 2025\n\n# de venta;Fecha de venta;Unidades;SKU\n1;15 de marzo de 2025;1;A\n2;16 de marzo de 2025;2;B\n';
    expect(detectDialect(text, true)).toEqual({ delimiter: ';', newline: '\n', headerLine: 3, headers: ['# de venta', 'Fecha de venta', 'Unidades', 'SKU'] });
  });

  it('finds the header below a title line a spreadsheet padded with delimiters', () => {
    // saved from Excel, the title and the blank line have as many cells as the rows: a title names one
    const text = 'Ventas AR;;;\n;;;\n# de venta;Fecha de venta;Unidades;SKU\n1;15 de marzo de 2025;1;A\n2;16 de marzo de 2025;2;B\n';
    expect(detectDialect(text, true)).toEqual({ delimiter: ';', newline: '\n', headerLine: 3, headers: ['# de venta', 'Fecha de venta', 'Unidades', 'SKU'] });
  });

  it('reads Excel’s sep= hint and puts the header on the line after it', () => {
    expect(detectDialect('sep=;\r\na;b\r\n1;2\r\n', true)).toMatchObject({ delimiter: ';', headerLine: 2, headers: ['a', 'b'] });
  });

  it('keeps the first line as header despite a ragged row below it', () => {
    expect(detectDialect('a,b,c\n1,2,3\n4,5\n6,7,8\n', true)).toMatchObject({ delimiter: ',', headerLine: 1 });
  });

  it('uses a forced delimiter', () => {
    expect(detectDialect('a;b,c\n1;2,3\n', true, ',')).toMatchObject({ delimiter: ',', headers: ['a;b', 'c'] });
  });
});
