import type { ImportPreview } from '../../../../server/import/preview-file.ts';
import { previewBytes } from '../../../../server/import/preview-limits.ts';
import { failureFrom, importFormData, ImportFailure, type ImportRequest } from './upload-import.ts';

export type { ImportPreview };
export type PreviewField = ImportPreview['fields'][number];
export type PreviewRow = ImportPreview['rows'][number];

// The server previews from the head of a file (server/import/preview-limits.ts). Sending a bit
// more than that lets it stop on its own, as it would on the whole file, while a 1 GB export is
// not uploaded just to look at its first rows.
const sentForPreview = previewBytes + 2 * 1024 * 1024;

/** An .xlsx is a zip whose index is at its end: its head alone cannot be read. */
const isWorkbook = (file: Blob) =>
  file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' || (file instanceof File && /\.xlsx$/i.test(file.name));

/** The part of the file the preview needs: all of a small file or a workbook, the head of a large CSV. */
export function previewBody(file: Blob): Blob {
  return file.size > sentForPreview && !isWorkbook(file) ? file.slice(0, sentForPreview) : file;
}

/**
 * What importing this file would do, with nothing written (POST /api/imports/preview): the
 * detected format and layout, the proposed mapping with its confidence, and the first rows as
 * they would be stored.
 */
export async function fetchPreview(request: ImportRequest, signal?: AbortSignal): Promise<ImportPreview> {
  let response: Response;
  try {
    response = await fetch('/api/imports/preview', {
      method: 'POST',
      headers: { Accept: 'application/json' },
      body: importFormData({ ...request, saveMapping: false }, previewBody(request.file)),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ImportFailure(0, 'network', 'The server could not be reached.');
  }
  const text = await response.text();
  if (!response.ok) throw failureFrom(response.status, text);
  try {
    return JSON.parse(text) as ImportPreview;
  } catch {
    throw new ImportFailure(response.status, 'bad_response', text.slice(0, 300));
  }
}
