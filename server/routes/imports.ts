import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../http/api-error.ts';
import { importFile, type ImportReport } from '../import/import-file.ts';
import { receiveUpload } from '../import/receive-upload.ts';
import { importHistoryQuery } from '../metrics/metric-queries.ts';
import type { Database } from '../store/database.ts';

const importFields = z.object({
  kind: z.enum(['orders', 'returns', 'combined', 'auto']).default('auto'),
  mode: z.enum(['append', 'replace']).default('append'),
  mapping: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (!text) return undefined;
      try {
        return z.record(z.string(), z.string()).parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'mapping must be a JSON object of canonical field → source header' });
        return z.NEVER;
      }
    }),
});

export interface ImportRoutesOptions {
  db: Database;
  uploadDir: string;
  maxUploadBytes: number;
}

export function importRoutes({ db, uploadDir, maxUploadBytes }: ImportRoutesOptions) {
  return new Hono()
    .get('/', async (c) => c.json({ rows: await importHistoryQuery.run(db) }))
    .post('/', async (c) => {
      const upload = await receiveUpload(c.req.raw, uploadDir, maxUploadBytes);
      try {
        const fields = importFields.safeParse(upload.fields);
        if (!fields.success) {
          throw new ApiError(400, 'invalid_form', fields.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        }
        const report: ImportReport = await importFile(db, { filePath: upload.filePath, fileName: upload.fileName, ...fields.data });
        return c.json(report);
      } finally {
        await upload.remove();
      }
    });
}
