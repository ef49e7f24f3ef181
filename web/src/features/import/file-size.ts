import type { Formatters } from '../../lib/format.ts';

const units = ['KB', 'MB', 'GB'] as const;

/** A byte count in the largest unit that keeps it at or above 1 (1 KB = 1,024 bytes), one decimal. */
export function fileSize(bytes: number, format: Formatters): string {
  let value = bytes / 1024;
  let unit: (typeof units)[number] = units[0];
  for (const next of units.slice(1)) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  // Unit symbols are the same in Spanish and English; the number follows the locale.
  return `${format.number(value, value < 10 ? 1 : 0)}\u00a0${unit}`;
}
