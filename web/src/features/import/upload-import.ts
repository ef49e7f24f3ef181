import type { ImportReport } from '../../../../server/import/import-file.ts';
import type { ImportStreamEvent } from '../../../../server/routes/imports.ts';
import { ndjsonReader } from './ndjson-lines.ts';

// fetch() cannot report how much of a request body has been sent, so the upload goes through
// XMLHttpRequest, whose upload events drive the progress bar. Asking for NDJSON makes the server
// stream the import's phases (reading, normalising, writing) as they start, then the report
// (docs/api.md); a server that answers plain JSON is read as before. The URL is relative: the
// server refuses POSTs from another origin, and the page is always served by it.
const importsUrl = '/api/imports';

// The route answers JSON or an NDJSON stream by the Accept header, so the typed client cannot
// infer one body for it: the report's type comes from the server's own declaration.
export type { ImportReport };
export type Reject = ImportReport['rejects'][number];
export type ImportKind = 'auto' | 'orders' | 'returns' | 'combined';
export type ImportMode = 'append' | 'replace';
/** canonical field → source header */
export type ColumnMapping = Record<string, string>;

/** How to read the values, where the person overrides what was detected. */
export interface FormatChoice {
  delimiter?: ',' | ';' | '\t' | '|';
  decimalSeparator?: '.' | ',';
  dateOrder?: 'day-first' | 'month-first';
}

export interface ImportRequest {
  file: File;
  /** Files dropped with `file`, imported with it as one (orders first); none for a single file. */
  others?: File[];
  kind: ImportKind;
  mode: ImportMode;
  mapping?: ColumnMapping;
  format?: FormatChoice;
  /** A workbook's sheet to read, by name; the server's choice when undefined. */
  sheet?: string;
  /** Keep this mapping and format for files with the same headers. */
  saveMapping?: boolean;
}

type ProgressEvent = Extract<ImportStreamEvent, { type: 'progress' }>;

/** A phase of the server's work on an uploaded file, as it streams them ('done' ends the stream, it is no phase to show). */
export type ServerProgress = Omit<ProgressEvent, 'type' | 'phase'> & { phase: Exclude<ProgressEvent['phase'], 'done'> };

export interface UploadCallbacks {
  /** Bytes of the request body sent so far, and its size. */
  onUploadProgress(loaded: number, total: number): void;
  /** The whole file has reached the server, which now reads, normalises and writes it. */
  onUploaded(): void;
  /** The server started a phase, or read more of the file. */
  onServerProgress?(progress: ServerProgress): void;
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

/** The failure an error answer describes: its status, and the API's code, message and details when it sent them. */
export function failureFrom(status: number, body: string): ImportFailure {
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

export function importFormData({ file, others = [], kind, mode, mapping, format, sheet, saveMapping }: ImportRequest, body: Blob = file): FormData {
  const form = new FormData();
  form.append('kind', kind);
  form.append('mode', mode);
  if (mapping && Object.keys(mapping).length > 0) form.append('mapping', JSON.stringify(mapping));
  if (format && Object.values(format).some((value) => value !== undefined)) form.append('format', JSON.stringify(format));
  if (sheet) form.append('sheet', sheet);
  if (saveMapping) form.append('saveMapping', 'true');
  form.append('file', body, file.name);
  for (const other of others) form.append('file', other, other.name);
  return form;
}

function progressOf(event: ImportStreamEvent): ServerProgress | null {
  if (event.type !== 'progress' || event.phase === 'done') return null;
  return { phase: event.phase, bytesRead: event.bytesRead, totalBytes: event.totalBytes };
}

/** The outcome an NDJSON answer ends with: the reports, the error, or nothing when the stream was cut. */
function outcomeOf(events: ImportStreamEvent[]): ImportReport[] | ImportFailure {
  const last = events.findLast((event) => event.type === 'done' || event.type === 'error');
  if (last?.type === 'done') return 'reports' in last ? last.reports : [last.report];
  if (last?.type === 'error') return new ImportFailure(last.status, last.error.code, last.error.message, last.error.details);
  return new ImportFailure(0, 'network', 'The server stopped answering before the import finished.');
}

/**
 * POSTs the file (and those dropped with it) to /api/imports as multipart, reporting upload
 * progress and the server's phases; resolves with one import report per file.
 */
export function uploadImport(request: ImportRequest, callbacks: UploadCallbacks): Promise<ImportReport[]> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', importsUrl);
    xhr.responseType = 'text';
    xhr.setRequestHeader('Accept', 'application/x-ndjson, application/json;q=0.9');

    // Upload listeners must be in place before send(), or the browser does not report progress.
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) callbacks.onUploadProgress(event.loaded, event.total);
    });
    xhr.upload.addEventListener('load', () => callbacks.onUploaded());

    const isStream = () => (xhr.getResponseHeader('content-type') ?? '').includes('ndjson');
    const readLines = ndjsonReader();
    const events: ImportStreamEvent[] = [];
    const readEvents = () => {
      for (const event of readLines(xhr.responseText) as ImportStreamEvent[]) {
        events.push(event);
        const progress = progressOf(event);
        if (progress) callbacks.onServerProgress?.(progress);
      }
    };
    xhr.addEventListener('progress', () => {
      if (isStream()) readEvents();
    });

    xhr.addEventListener('load', () => {
      if (xhr.status === 200 && isStream()) {
        readEvents();
        readLines(`${xhr.responseText}\n`).forEach((event) => events.push(event as ImportStreamEvent));
        const outcome = outcomeOf(events);
        if (outcome instanceof ImportFailure) reject(outcome);
        else resolve(outcome);
      } else if (xhr.status === 200) {
        let answer: ImportReport | { imports: ImportReport[] } | null = null;
        try {
          answer = JSON.parse(xhr.responseText) as ImportReport | { imports: ImportReport[] };
        } catch {
          answer = null;
        }
        const reports = answer && ('imports' in answer ? answer.imports : [answer]);
        if (reports) resolve(reports);
        else reject(new ImportFailure(xhr.status, 'bad_response', xhr.responseText.slice(0, 300)));
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
