import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTranscodingCopy } from '../../../server/import/source/copy-writer.ts';
import { SingleByteTranscoder } from '../../../server/import/source/single-byte-transcoder.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inversa-copy-writer-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the copy transcoded in a worker thread', () => {
  it('holds every chunk in order, as transcoding in this thread gives it', async () => {
    // 40 writes of several slices each, far more than the worker is let fall behind by
    const writes = Array.from({ length: 40 }, (_, i) => {
      const bytes = crypto.randomBytes(64 * 1024 + i * 997);
      return [bytes.subarray(0, 1000), bytes.subarray(1000, 5000), bytes.subarray(5000)];
    });
    const copyPath = path.join(dir, 'copy.csv');
    const writer = await openTranscodingCopy(copyPath, 'windows-1252');
    for (const slices of writes) await writer.write(slices);
    await writer.close();

    const transcoder = new SingleByteTranscoder('windows-1252');
    const expected = Buffer.concat(writes.flat().map((slice) => transcoder.transcode(slice)));
    expect(fs.readFileSync(copyPath).equals(expected)).toBe(true);
  });

  it('fails, rather than hangs, when the copy cannot be written', async () => {
    const writer = await openTranscodingCopy(path.join(dir, 'no-such-folder', 'copy.csv'), 'windows-1252');
    const written = (async () => {
      for (let i = 0; i < 20; i++) await writer.write([Buffer.from('caf\xe9;\x80\n', 'latin1')]);
      await writer.close();
    })();
    await expect(written).rejects.toThrow(/ENOENT/);
  });
});
