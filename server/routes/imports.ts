import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import { recordAudit, recordImports } from '../auth/audit.ts';
import { ApiError, errorBody } from '../http/api-error.ts';
import { auditEntry, requester } from '../http/audit-entry.ts';
import { assertRole, requireRole } from '../http/authenticate.ts';
import type { AuthEnv } from '../http/request-user.ts';
import { validate } from '../http/validate.ts';
import { ImportError } from '../import/import-error.ts';
import { importFile, importFiles, type ImportProgress, type ImportReport } from '../import/import-file.ts';
import { importExists, readImportRejects } from '../import/import-rejects.ts';
import { previewFile } from '../import/preview-file.ts';
import { receiveUpload, type UploadedFile } from '../import/receive-upload.ts';
import { deleteSavedMapping, listSavedMappings, saveMapping } from '../import/saved-mappings.ts';
import { importHistoryQuery } from '../metrics/metric-queries.ts';
import { csvLine } from '../rows/csv-cells.ts';
import { DatabaseClosingError, type Database } from '../store/database.ts';
import { parseImportFields, savedMappingBody, type ImportFields } from './import-form.ts';

export interface ImportRoutesOptions {
  db: Database;
  uploadDir: string;
  maxUploadBytes: number;
  /** Told once an import has committed and been audited (the alert check); the answer does not wait for it. */
  afterImport?: () => void;
}

/**
 * One line of the NDJSON progress stream (`Accept: application/x-ndjson`). A drop of several
 * files ends with `reports`, one per file in the order they were written (orders first).
 */
export type ImportStreamEvent =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'done'; report: ImportReport }
  | { type: 'done'; reports: ImportReport[] }
  | { type: 'error'; status: number; error: { code: string; message: string; details?: unknown } };

const wantsProgress = (accept: string | undefined) => (accept ?? '').includes('application/x-ndjson');

function requestOf(file: UploadedFile, fields: ImportFields, importedBy?: string) {
  return {
    importedBy,
    filePath: file.filePath,
    fileName: file.fileName,
    kind: fields.kind,
    mode: fields.mode,
    mapping: fields.mapping,
    format: fields.format,
    sheet: fields.sheet,
    saveMapping: fields.saveMapping,
  };
}

function errorEvent(error: unknown): ImportStreamEvent {
  if (error instanceof ImportError || error instanceof ApiError) {
    return { type: 'error', status: error.status, error: errorBody(error.code, error.message, error.details).error };
  }
  if (error instanceof DatabaseClosingError) return { type: 'error', status: error.status, error: errorBody(error.code, error.message).error };
  console.error('[inversa] import failed:', error);
  return { type: 'error', status: 500, error: errorBody('internal_error', 'Something went wrong on the server. Try again; if it persists, check the server log.').error };
}

const importIdParam = z.object({ importId: z.coerce.number().int().positive() });
const signatureParams = z.object({ headerSignature: z.string().min(1) });

export function importRoutes({ db, uploadDir, maxUploadBytes, afterImport }: ImportRoutesOptions) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => c.json({ rows: await importHistoryQuery.run(db) }))
    .post('/', requireRole('analyst'), async (c) => {
      const upload = await receiveUpload(c.req.raw, uploadDir, maxUploadBytes);
      let fields: ImportFields;
      try {
        fields = parseImportFields(upload.fields);
        // the mode is a field of the form, so replacing is judged once the form is read
        if (fields.mode === 'replace') assertRole(c, 'admin');
      } catch (error) {
        await upload.remove();
        throw error;
      }
      // several files at once: each is read as its own header says, orders written before returns
      const several = upload.files.length > 1;
      if (several && (fields.mapping || fields.kind !== 'auto' || fields.sheet)) {
        await upload.remove();
        throw new ApiError(400, 'invalid_form', 'A mapping, a kind or a sheet names one file: send that file on its own, or drop the files without them.');
      }
      const importedBy = c.get('user')?.name;
      const run = async (onProgress?: (progress: ImportProgress) => void) => {
        const reports = several
          ? await importFiles(db, upload.files.map((file) => ({ ...requestOf(file, fields, importedBy), onProgress })))
          : [await importFile(db, { ...requestOf(upload, fields, importedBy), onProgress })];
        await recordImports(db, requester(c), { mode: fields.mode, saveMapping: fields.saveMapping }, reports);
        afterImport?.();
        return reports;
      };
      if (wantsProgress(c.req.header('accept'))) {
        c.header('content-type', 'application/x-ndjson; charset=utf-8');
        c.header('cache-control', 'no-store');
        return stream(c, async (out) => {
          const send = (event: ImportStreamEvent) => out.write(`${JSON.stringify(event)}\n`);
          try {
            const reports = await run((progress) => void send({ type: 'progress', ...progress }));
            await send(several ? { type: 'done', reports } : { type: 'done', report: reports[0]! });
          } catch (error) {
            await send(errorEvent(error));
          } finally {
            await upload.remove();
          }
        });
      }
      try {
        const reports = await run();
        return c.json(several ? { imports: reports } : reports[0]!);
      } finally {
        await upload.remove();
      }
    })
    .post('/preview', requireRole('analyst'), async (c) => {
      const upload = await receiveUpload(c.req.raw, uploadDir, maxUploadBytes);
      try {
        const fields = parseImportFields(upload.fields);
        return c.json(await previewFile(db, requestOf(upload, fields)));
      } finally {
        await upload.remove();
      }
    })
    .get('/mappings', async (c) => c.json({ rows: await listSavedMappings(db) }))
    .post('/mappings', requireRole('analyst'), validate('json', savedMappingBody), async (c) => {
      const body = c.req.valid('json');
      await db.inWriteTurn(() => saveMapping(db, body));
      await recordAudit(db, auditEntry(c, 'mapping_saved', { headerSignature: body.headerSignature, kind: body.kind, mapping: body.mapping }));
      return c.json({ saved: true as const, headerSignature: body.headerSignature });
    })
    .delete('/mappings', requireRole('analyst'), validate('query', signatureParams), async (c) => {
      const { headerSignature } = c.req.valid('query');
      const deleted = await db.inWriteTurn(() => deleteSavedMapping(db, headerSignature));
      if (!deleted) throw new ApiError(404, 'not_found', 'No mapping is saved for this header signature.');
      await recordAudit(db, auditEntry(c, 'mapping_forgotten', { headerSignature }));
      return c.json({ deleted: true as const });
    })
    .get('/:importId/rejects.csv', validate('param', importIdParam), async (c) => {
      const { importId } = c.req.valid('param');
      if (!(await importExists(db, importId))) throw new ApiError(404, 'not_found', `There is no import ${importId}.`);
      async function* lines() {
        // A byte-order mark, as on every CSV the app exports, so Excel reads the accents as UTF-8.
        yield Buffer.from(`\uFEFF${csvLine(['line', 'field', 'value', 'reason'])}`);
        for await (const reject of readImportRejects(db, importId)) yield Buffer.from(csvLine([reject.line, reject.field, reject.value, reject.reason]));
      }
      const body = Readable.toWeb(Readable.from(lines())) as unknown as WebReadableStream<Uint8Array>;
      return new Response(body as unknown as ReadableStream, {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="inversa-import-${importId}-rejects.csv"`,
          'cache-control': 'no-store',
        },
      });
    });
}
