import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Utf8Decoder } from '../../../server/import/source/decode-to-utf8.ts';
import { detectEncoding } from '../../../server/import/source/detect-encoding.ts';
import { SingleByteTranscoder } from '../../../server/import/source/single-byte-transcoder.ts';

/** Decodes `bytes` in chunks of `size`, as the import reads a file. */
function decodeInChunks(bytes: Buffer, size: number) {
  const decoder = new Utf8Decoder(detectEncoding(bytes.subarray(0, 4096)));
  const parts: string[] = [];
  const bad: number[] = [];
  let written = 0;
  for (let at = 0; at < bytes.length; at += size) {
    const { bytes: out, badOffsets } = decoder.decode(bytes.subarray(at, at + size));
    bad.push(...badOffsets.map((o) => o + written));
    written += out.length;
    parts.push(out.toString('latin1'));
  }
  const last = decoder.end();
  bad.push(...last.badOffsets.map((o) => o + written));
  parts.push(last.bytes.toString('latin1'));
  return { text: Buffer.from(parts.join(''), 'latin1').toString('utf8'), encoding: decoder.encoding, bad };
}

describe('detectEncoding', () => {
  it.each([
    ['UTF-8 with a BOM', Buffer.from('\uFEFFa,b\n', 'utf8'), 'utf-8-bom'],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n', 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with a BOM', Buffer.from([0xfe, 0xff, 0, 0x61, 0, 0x2c, 0, 0x62]), 'utf-16be'],
    ['UTF-8 without a BOM', Buffer.from('Córdoba,Tucumán\n', 'utf8'), 'utf-8'],
    ['Windows-1252', iconv.encode('Córdoba,“urbana”,€\n', 'windows-1252'), 'windows-1252'],
    ['plain ASCII (still open)', Buffer.from('a,b\n1,2\n'), 'utf-8'],
    ['UTF-8 with one cut character among good ones', Buffer.from([...Buffer.from('Café,Peña\n'), 0x43, 0x61, 0x66, 0xc3, 0x0a]), 'utf-8'],
  ])('%s', (_name, bytes, encoding) => {
    expect(detectEncoding(bytes).encoding).toBe(encoding);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 422, 'empty_file'],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 415, 'not_text'],
    ['an Excel workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), 415, 'not_text'],
    ['binary bytes', Buffer.from([0x01, 0x00, 0x02, 0x00, 0x41, 0x42, 0x00, 0x00, 0x00, 0x07]), 415, 'not_text'],
  ])('refuses %s', (_name, bytes, status, code) => {
    expect(() => detectEncoding(bytes)).toThrow(expect.objectContaining({ status, code }));
  });
});

describe('Utf8Decoder', () => {
  it('reads Windows-1252 with iconv-lite’s meaning of 0x80–0x9F, which Node’s TextDecoder and DuckDB’s latin-1 get wrong', () => {
    const source = 'Campera “urbana” – 1.234,56 €\n';
    const bytes = iconv.encode(source, 'windows-1252');
    expect(bytes.includes(0x80)).toBe(true);
    for (const size of [1, 3, 7, 1024]) expect(decodeInChunks(bytes, size).text).toBe(source);
  });

  it('agrees with iconv-lite on every byte value', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, b) => b));
    expect(new SingleByteTranscoder('windows-1252').transcode(all).toString('utf8')).toBe(iconv.decode(all, 'windows-1252'));
  });

  it('decodes UTF-16 with surrogate pairs split across chunks', () => {
    const source = 'pedido;emoji\n1;📦 caja\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(source, 'utf16le')]);
    for (const size of [1, 3, 5]) expect(decodeInChunks(bytes, size).text).toBe(source);
  });

  it('drops a UTF-8 BOM and keeps characters split across chunks', () => {
    const source = 'Número,Tucumán\n';
    for (const size of [1, 2, 5]) expect(decodeInChunks(Buffer.from(`\uFEFF${source}`), size).text).toBe(source);
  });

  it('a file that is ASCII for a while and then shows a Latin-1 byte is read as Windows-1252 from there', () => {
    const bytes = Buffer.concat([Buffer.from(`a,b\n${'1,2\n'.repeat(100)}`), iconv.encode('3,Peña\n', 'windows-1252')]);
    const decoded = decodeInChunks(bytes, 64);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text.endsWith('3,Peña\n')).toBe(true);
    expect(decoded.bad).toEqual([]);
  });

  it('marks bytes that are not UTF-8 in a UTF-8 file, in place, so their rows can be named', () => {
    const bytes = Buffer.from([...Buffer.from('a,b\n1,Café\n2,x'), 0xe9, ...Buffer.from('\n3,y\n')]);
    const decoded = decodeInChunks(bytes, 4);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('a,b\n1,Café\n2,x?\n3,y\n');
    expect(decoded.bad).toEqual([15]);
  });
});
