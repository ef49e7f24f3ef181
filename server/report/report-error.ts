/** A review that cannot be made as asked (no data for the month, no server, no Chromium): said plainly, nothing written. */
export class ReportError extends Error {}
