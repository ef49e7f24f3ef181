// The server keeps when an import started and when a mapping was saved as UTC wall-clock time
// without a zone ("2026-03-04T13:05:09": server/import/import-file.ts, saved-mappings.ts). The
// reader wants their own clock.

/** A UTC wall-clock time in the reader's time zone and locale; the text as sent if it is not a timestamp. */
export function formatUtcWallClock(utcWallClock: string, locale: string): string {
  const instant = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(utcWallClock) ? utcWallClock : `${utcWallClock}Z`);
  if (Number.isNaN(instant.getTime())) return utcWallClock;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(instant);
}
