import type { Hono } from 'hono';

/** POSTs a file to /api/imports the way the page does: multipart with the file and its options. */
export async function uploadFile(
  app: Hono,
  content: string | Uint8Array,
  options: { fileName?: string; kind?: string; mode?: string; mapping?: string; headers?: Record<string, string> } = {},
) {
  const form = new FormData();
  form.append('file', new Blob([content as BlobPart]), options.fileName ?? 'upload.csv');
  if (options.kind) form.append('kind', options.kind);
  if (options.mode) form.append('mode', options.mode);
  if (options.mapping) form.append('mapping', options.mapping);
  const res = await app.request('/api/imports', { method: 'POST', body: form, headers: options.headers });
  return { status: res.status, body: await res.json() };
}
