/**
 * A file that cannot be imported at all. It carries the HTTP status and a message for the
 * person who sent the file; nothing has been written when it is thrown.
 */
export class ImportError extends Error {
  constructor(
    readonly status: 413 | 415 | 422,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/**
 * DuckDB's word that a value does not fit the column or sum it is written to: a line worth more
 * than DECIMAL(18,4) holds, a month's units past INTEGER, a return's stage of centuries (a year
 * typed wrong) past INTEGER seconds. Each value passed the row checks; the file is found out only
 * as its rows are written or their derived data refreshed, inside the write's transaction (or the
 * first import's undo), so nothing was changed.
 */
const outOfRange = /^(Out of Range Error: .*|Conversion Error: .*out of range.*)$/m;

/** An error of an import's own values, as the 422 it is; any other error as it was. */
export function asImportError(error: unknown): unknown {
  if (!(error instanceof Error) || error instanceof ImportError) return error;
  const cause = outOfRange.exec(error.message)?.[1];
  if (!cause) return error;
  return new ImportError(
    422,
    'value_out_of_range',
    'The file holds a value too large to store: an amount or a line value past 99,999,999,999,999, a quantity that adds up past 2,147,483,647 units in a month, or a return whose dates are more than 68 years apart (a year typed wrong, such as 2925). Nothing was changed. Correct the value and import the file again.',
    { cause: cause.replace(/ You might want to add an explicit cast.*$/, '') },
  );
}
