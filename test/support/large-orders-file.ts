import fs from 'node:fs';

/**
 * An orders file of `lines` lines, written in chunks: enough rows that writing them takes far
 * longer than the moment between "writing" and a kill or a SIGTERM. Two lines per order (K0, K1…),
 * each its own SKU of 500, so no line repeats another's key: every line lands.
 */
export function writeLargeOrdersFile(file: string, lines: number) {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, 'order_id,ordered_at,sku,quantity,unit_price,category\n');
  const chunk: string[] = [];
  for (let i = 0; i < lines; i++) {
    chunk.push(`K${i >> 1},2025-0${1 + (i % 9)}-1${i % 10} 10:00:00,SKU-${i % 500},${1 + (i % 3)},${(i % 97) + 0.5},Cat${i % 7}`);
    if (chunk.length === 50_000) fs.writeSync(out, `${chunk.splice(0).join('\n')}\n`);
  }
  fs.writeSync(out, `${chunk.join('\n')}\n`);
  fs.closeSync(out);
}
