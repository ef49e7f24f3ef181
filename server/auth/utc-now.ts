/** UTC wall clock to the second, as the database keeps every time of the import log and the audit. */
export function utcNow(at = Date.now()): string {
  return new Date(at).toISOString().slice(0, 19);
}
