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
