import { isAscii } from 'node:buffer';

/**
 * Whether DuckDB's Latin-1 reads these Windows-1252 bytes as Windows-1252 means them. The two
 * differ only at 0x80–0x9F: € “ ” – … in Windows-1252, control codes in Latin-1 (which DuckDB
 * refuses). Plain ASCII is checked natively; other chunks byte by byte.
 */
export function readsAsLatin1(chunk: Buffer): boolean {
  if (isAscii(chunk)) return true;
  for (let i = 0; i < chunk.length; i++) if ((chunk[i]! & 0xe0) === 0x80) return false;
  return true;
}
