import type { Hono } from 'hono';
import { expect } from 'vitest';

/** POSTs a file to /api/imports the way the page does: multipart with the file and its options. */
export async function uploadFile(
  app: Hono,
  content: string | Uint8Array,
  options: { fileName?: string; kind?: string; mode?: string; mapping?: string; saveMapping?: boolean; headers?: Record<string, string> } = {},
) {
  const form = new FormData();
  form.append('file', new Blob([content as BlobPart]), options.fileName ?? 'upload.csv');
  if (options.kind) form.append('kind', options.kind);
  if (options.mode) form.append('mode', options.mode);
  if (options.mapping) form.append('mapping', options.mapping);
  if (options.saveMapping) form.append('saveMapping', 'true');
  const res = await app.request('/api/imports', { method: 'POST', body: form, headers: options.headers });
  return { status: res.status, body: await res.json() };
}

/** uploadFile for an import expected to succeed: its report, or a failed test naming the error. */
export async function importedReport(app: Hono, content: string | Uint8Array, options: Parameters<typeof uploadFile>[2] = {}) {
  const res = await uploadFile(app, content, options);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}
