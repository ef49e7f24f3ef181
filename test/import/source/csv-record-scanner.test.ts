import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordScanner } from '../../../server/import/source/csv-record-scanner.ts';

const newline = 0x0a;

/** Scans `text` fed in the given chunk sizes; returns what was written and the result. */
function scan(text: string, options: { delimiter?: string; headerLine?: number; chunkSizes?: number[]; maxRecordBytes?: number } = {}) {
  const bytes = Buffer.from(text, 'utf8');
  const scanner = new CsvRecordScanner({
    delimiter: (options.delimiter ?? ',').charCodeAt(0),
    newline,
    headerLine: options.headerLine ?? 1,
    maxRecordBytes: options.maxRecordBytes ?? 1024 * 1024,
    maxListed: 100,
  });
  const out: Buffer[] = [];
  let at = 0;
  let i = 0;
  while (at < bytes.length) {
    const size = options.chunkSizes ? options.chunkSizes[i++ % options.chunkSizes.length]! : bytes.length;
    out.push(...scanner.push(Buffer.from(bytes.subarray(at, at + size))));
    at += size;
  }
  const { slices, result } = scanner.finish();
  out.push(...slices);
  return { written: Buffer.concat(out).toString('utf8'), result };
}

describe('CsvRecordScanner', () => {
  it('passes a plain file through byte for byte, every row on the line after the previous', () => {
    const text = 'a,b\n1,2\n3,4\n';
    const { written, result } = scan(text);
    expect(written).toBe(text);
    expect(result).toMatchObject({ headerLine: 1, rowsRead: 2, rowsKept: 2, rowsLeftOut: 0 });
    expect(result.anchors.count).toBe(1);
    expect([1, 2].map((n) => result.anchors.lineOf(n))).toEqual([2, 3]);
  });

  it('finds the header below a title and a blank line, and numbers rows from it', () => {
    const { written, result } = scan('Ventas al 31 de marzo\n\n# de venta;Unidades\n10;1\n11;2\n', { delimiter: ';', headerLine: 3 });
    expect(written).toBe('# de venta;Unidades\n10;1\n11;2\n');
    expect([1, 2].map((n) => result.anchors.lineOf(n))).toEqual([4, 5]);
  });

  it('counts the lines of a quoted value that spans lines, so later rows keep their editor line', () => {
    const { result, written } = scan('id,note\n1,"two\nlines"\n2,x\n3,"a ""quoted""\r\nword"\n4,y\n');
    expect(result.rowsKept).toBe(4);
    expect([1, 2, 3, 4].map((n) => result.anchors.lineOf(n))).toEqual([2, 4, 5, 7]);
    expect(written).toContain('"a ""quoted""\r\nword"');
  });

  it('leaves out ragged rows and text after a closing quote, naming their lines; keeps rows with empty extra fields, cut', () => {
    const { written, result } = scan('a,b,c\n1,2,3\n4,5\n6,7,8,9\n"x"y,1,2\n10,11,12,,\n\n,,\n13,14,15');
    expect(result.leftOut).toEqual([
      { line: 3, value: '4,5', reason: 'has 2 values where the header has 3' },
      { line: 4, value: '6,7,8,9', reason: 'has 4 values where the header has 3' },
      { line: 5, value: '"x"y,1,2', reason: 'has text after a closing quote' },
    ]);
    expect(written).toBe('a,b,c\n1,2,3\n10,11,12\n13,14,15\n');
    expect(result).toMatchObject({ rowsRead: 6, rowsKept: 3, rowsLeftOut: 3, blankRows: 2 });
    expect([1, 2, 3].map((n) => result.anchors.lineOf(n))).toEqual([2, 6, 9]);
  });

  it('reports a quote that never closes with the line it opens on', () => {
    expect(scan('a,b\n1,2\n3,"open\n4,5\n').result.unterminatedQuoteLine).toBe(3);
  });

  it('leaves out a row longer than the limit without holding it', () => {
    const { result, written } = scan(`a,b\n1,${'x'.repeat(5000)}\n2,y\n`, { maxRecordBytes: 1000, chunkSizes: [700] });
    expect(result.leftOut).toEqual([{ line: 2, value: `1,${'x'.repeat(198)}`, reason: 'is longer than 1000 bytes' }]);
    expect(written).toBe('a,b\n2,y\n');
  });

  it('a quote inside an unquoted value is a character, as DuckDB reads it', () => {
    const { result } = scan('a,b\n1,5" pipe\n');
    expect(result).toMatchObject({ rowsKept: 1, rowsLeftOut: 0 });
  });

  it('gives the same output and lines however the file is cut into chunks', () => {
    const text = 'h1;h2;h3\n1;"a;b";x\n2;"multi\nline ""q""";y\n3;4\n\n5;6;7;;\n"8";"9"z;0\n10;11;12\n';
    const whole = scan(text, { delimiter: ';' });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }), (sizes) => {
        const chunked = scan(text, { delimiter: ';', chunkSizes: sizes });
        expect(chunked.written).toBe(whole.written);
        expect(chunked.result).toEqual(whole.result);
      }),
    );
    expect(whole.result.rowsKept).toBe(4);
  });
});
