import { describe, expect, it } from 'vitest';
import { neutraliseCell, rejectsFileName, toCsv } from '../../web/src/features/import/rejects-csv.ts';

describe('rejects CSV', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+54 11 5555', `'+54 11 5555`],
    ['-3', `'-3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['Talle chico', 'Talle chico'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutralises a cell that starts like a formula: %j', (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });

  it('writes a BOM, a header, CRLF lines, quoted cells and neutralised formulas', () => {
    const csv = toCsv(
      ['Línea', 'Campo', 'Valor', 'Problema'],
      [
        [3, 'quantity', '-2', 'tiene que ser mayor que cero'],
        [4, 'ordered_at', '31/02/2025', 'no es una fecha válida'],
        [7, 'sku', '=1+1', 'dice "hola", y sigue\nen otra línea'],
      ],
    );
    expect(csv).toBe(
      '\ufeffLínea,Campo,Valor,Problema\r\n' +
        "3,quantity,'-2,tiene que ser mayor que cero\r\n" +
        '4,ordered_at,31/02/2025,no es una fecha válida\r\n' +
        `7,sku,'=1+1,"dice ""hola"", y sigue\nen otra línea"\r\n`,
    );
  });

  it('quotes a neutralised cell that also needs quoting', () => {
    expect(toCsv(['v'], [['=A1,B1']])).toBe(`\ufeffv\r\n"'=A1,B1"\r\n`);
  });

  it('names the download after the imported file', () => {
    expect(rejectsFileName('rechazos', 'ventas 2025.csv')).toBe('rechazos-ventas 2025.csv');
    expect(rejectsFileName('rejects', 'C:\\exports\\orders.tsv')).toBe('rejects-orders.csv');
    expect(rejectsFileName('rejects', '.csv')).toBe('rejects-import.csv');
  });
});
