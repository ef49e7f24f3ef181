import type { InferResponseType } from 'hono/client';
import type { apiClient } from '../../lib/api-client.ts';

// fetch() cannot report how much of a request body has been sent, so the upload goes through
// XMLHttpRequest, whose upload events drive the progress bar. The URL is relative: the server
// refuses POSTs from another origin, and the page is always served by it.
const importsUrl = '/api/imports';

export type ImportReport = InferResponseType<(typeof apiClient)['api']['imports']['$post'], 200>;
export type Reject = ImportReport['rejects'][number];
export type ImportKind = 'auto' | 'orders' | 'returns' | 'combined';
export type ImportMode = 'append' | 'replace';
/** canonical field → source header */
export type ColumnMapping = Record<string, string>;

export interface ImportRequest {
  file: File;
  kind: ImportKind;
  mode: ImportMode;
  mapping?: ColumnMapping;
}

export interface UploadCallbacks {
  /** Bytes of the request body sent so far, and its size. */
  onUploadProgress(loaded: number, total: number): void;
  /** The whole file has reached the server, which now reads, normalises and writes it. */
  onUploaded(): void;
  signal?: AbortSignal;
}

/** Why an import did not happen: the server's answer, or no answer at all. */
export class ImportFailure extends Error {
  constructor(
    /** HTTP status, or 0 when the server could not be reached or the upload was cancelled. */
    readonly status: number,
    /** The API's error code (`missing_columns`…), or `network` / `aborted` / `bad_response`. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ImportFailure';
  }
}

interface ApiErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown };
}

function failureFrom(status: number, body: string): ImportFailure {
  let parsed: ApiErrorBody | null = null;
  try {
    parsed = JSON.parse(body) as ApiErrorBody;
  } catch {
    parsed = null;
  }
  const error = parsed?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  const message = typeof error?.message === 'string' ? error.message : body.slice(0, 300);
  return new ImportFailure(status, code, message, error?.details);
}

export function importFormData({ file, kind, mode, mapping }: ImportRequest): FormData {
  const form = new FormData();
  form.append('kind', kind);
  form.append('mode', mode);
  if (mapping && Object.keys(mapping).length > 0) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  return form;
}

/** POSTs the file to /api/imports as multipart, reporting upload progress; resolves with the import report. */
export function uploadImport(request: ImportRequest, callbacks: UploadCallbacks): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', importsUrl);
    xhr.responseType = 'text';
    xhr.setRequestHeader('Accept', 'application/json');

    // Upload listeners must be in place before send(), or the browser does not report progress.
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) callbacks.onUploadProgress(event.loaded, event.total);
    });
    xhr.upload.addEventListener('load', () => callbacks.onUploaded());

    xhr.addEventListener('load', () => {
      if (xhr.status === 200) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportReport);
        } catch {
          reject(new ImportFailure(xhr.status, 'bad_response', xhr.responseText.slice(0, 300)));
        }
      } else {
        reject(failureFrom(xhr.status, xhr.responseText));
      }
    });
    xhr.addEventListener('error', () => reject(new ImportFailure(0, 'network', 'The server could not be reached.')));
    xhr.addEventListener('abort', () => reject(new ImportFailure(0, 'aborted', 'The upload was cancelled.')));

    if (callbacks.signal?.aborted) {
      reject(new ImportFailure(0, 'aborted', 'The upload was cancelled.'));
      return;
    }
    callbacks.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(importFormData(request));
  });
}
