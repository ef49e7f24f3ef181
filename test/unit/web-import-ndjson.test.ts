import { describe, expect, it } from 'vitest';
import { ndjsonReader } from '../../web/src/features/import/ndjson-lines.ts';

describe('reading the import progress stream as it grows', () => {
  it('hands back each completed line once, and keeps a half-written line for later', () => {
    const read = ndjsonReader();
    let body = '{"type":"progress","phase":"reading"}\n{"type":"progress","phase":"read';
    expect(read(body)).toEqual([{ type: 'progress', phase: 'reading' }]);
    expect(read(body)).toEqual([]);
    body += 'ing","bytesRead":10,"totalBytes":20}\n';
    expect(read(body)).toEqual([{ type: 'progress', phase: 'reading', bytesRead: 10, totalBytes: 20 }]);
    body += '{"type":"progress","phase":"writing"}\n\n{"type":"done","report":{"importId":3}}\n';
    expect(read(body)).toEqual([
      { type: 'progress', phase: 'writing' },
      { type: 'done', report: { importId: 3 } },
    ]);
  });

  it('skips a line that is not JSON', () => {
    const read = ndjsonReader();
    expect(read('oops\n{"type":"done"}\n')).toEqual([{ type: 'done' }]);
  });
});
