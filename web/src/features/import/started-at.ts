// The import log stores when an import started as UTC wall-clock time without a zone
// ("2026-03-04T13:05:09", server/import/import-file.ts). The reader wants their own clock.

/** When an import started, in the reader's time zone and locale; the text as sent if it is not a timestamp. */
export function formatStartedAt(startedAt: string, locale: string): string {
  const instant = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(startedAt) ? startedAt : `${startedAt}Z`);
  if (Number.isNaN(instant.getTime())) return startedAt;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(instant);
}
