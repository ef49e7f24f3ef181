// The worker of openTranscodingCopy (copy-writer.ts): transcodes each chunk it is sent to UTF-8 and
// writes it to the copy, answering once per chunk; 'close' closes the file and ends the thread.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { SingleByteTranscoder } from './single-byte-transcoder.ts';

const { copyPath, encoding } = workerData as { copyPath: string; encoding: string };
const transcoder = new SingleByteTranscoder(encoding);
const output = fs.openSync(copyPath, 'w');
const port = parentPort!;

port.on('message', (message: ArrayBuffer | 'close') => {
  if (message === 'close') {
    fs.closeSync(output);
    port.close();
    return;
  }
  const bytes = transcoder.transcode(Buffer.from(message));
  for (let written = 0; written < bytes.length; ) written += fs.writeSync(output, bytes, written);
  port.postMessage('written');
});
