import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../support/test-store.ts';

// A drop of several files is written all or none. When one of them cannot be imported, the answer
// must say which: "The file is empty." of two files leaves the person to guess.

let store: Awaited<ReturnType<typeof openTestStore>>;
beforeAll(async () => {
  store = await openTestStore({ withSmallShop: true });
});
afterAll(() => store.close());

const orders = 'order_id,ordered_at,sku,quantity,unit_price\nN1,2025-03-01,A,1,10\n';

async function drop(files: Array<[string, string | Uint8Array]>, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, content] of files) form.append('file', new Blob([content as BlobPart]), name);
  const res = await store.app.request('/api/imports', { method: 'POST', body: form, headers });
  return { status: res.status, text: await res.text() };
}

const stored = async () =>
  store.db.all('SELECT (SELECT count(*) FROM order_lines)::INTEGER AS lines, (SELECT count(*) FROM returns)::INTEGER AS returns, (SELECT count(*) FROM imports)::INTEGER AS imports');

describe('a drop of several files, one of which cannot be imported', () => {
  it.each<[string, string | Uint8Array, number, string]>([
    ['empty, found as the drop is put in order', '', 422, 'empty_file'],
    ['not text, found as the drop is put in order', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 415, 'not_text'],
    ['a header and no rows, found as it is read, once the orders were written in the transaction', 'return_id,order_id,sku,quantity,requested_at\n', 422, 'no_rows'],
    ['no column it needs', 'foo,bar\n1,2\n', 422, 'missing_columns'],
  ])('%s: names it, and nothing lands', async (_case, content, status, code) => {
    const before = await stored();
    const res = await drop([
      ['orders-march.csv', orders],
      ['returns-march.csv', content],
    ]);
    expect(res.status, res.text).toBe(status);
    const { error } = JSON.parse(res.text) as { error: { code: string; message: string; details?: { fileName?: string } } };
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/^returns-march\.csv: /);
    expect(error.details?.fileName).toBe('returns-march.csv');
    expect(await stored()).toEqual(before);
  });

  it('names it in the progress stream too', async () => {
    const res = await drop(
      [
        ['orders-march.csv', orders],
        ['returns-march.csv', 'return_id,order_id,sku,quantity,requested_at\n'],
      ],
      { accept: 'application/x-ndjson' },
    );
    const last = JSON.parse(res.text.trim().split('\n').at(-1)!) as { type: string; status: number; error: { code: string; message: string } };
    expect([last.type, last.status, last.error.code]).toEqual(['error', 422, 'no_rows']);
    expect(last.error.message).toMatch(/^returns-march\.csv: /);
  });

  it('a file on its own is not named: the person knows which they sent', async () => {
    const res = await drop([['returns-march.csv', '']]);
    expect(JSON.parse(res.text).error.message).toBe('The file is empty.');
  });
});
