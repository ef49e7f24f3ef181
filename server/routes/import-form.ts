import { z } from 'zod';
import { ApiError } from '../http/api-error.ts';
import { columnMappingSchema, formatSchema } from '../import/import-options.ts';

/** A multipart text field holding JSON, checked against `schema`. */
function jsonField<T extends z.ZodType>(schema: T, what: string) {
  return z
    .string()
    .optional()
    .transform((text, ctx): z.infer<T> | undefined => {
      if (!text) return undefined;
      try {
        return schema.parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: 'custom', message: `${what} must be ${schema.description ?? 'valid JSON'}` });
        return z.NEVER;
      }
    });
}

/** The text fields of POST /api/imports and /api/imports/preview, beside `file`. */
const importFields = z.object({
  kind: z.enum(['orders', 'returns', 'combined', 'auto']).default('auto'),
  mode: z.enum(['append', 'replace']).default('append'),
  mapping: jsonField(columnMappingSchema, 'mapping'),
  format: jsonField(formatSchema, 'format'),
  /** A workbook's sheet, by name; ignored for a CSV. */
  sheet: z.string().min(1).max(200).optional(),
  saveMapping: z
    .enum(['true', 'false', '1', '0', 'on'])
    .optional()
    .transform((v) => v === 'true' || v === '1' || v === 'on'),
});

export type ImportFields = z.infer<typeof importFields>;

export function parseImportFields(fields: Record<string, string>): ImportFields {
  const parsed = importFields.safeParse(fields);
  if (!parsed.success) {
    throw new ApiError(400, 'invalid_form', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return parsed.data;
}

/** POST /api/imports/mappings: a mapping the person confirmed for a header signature. */
export const savedMappingBody = z.object({
  headerSignature: z.string().min(1).max(20_000),
  kind: z.enum(['orders', 'returns', 'combined']),
  mapping: columnMappingSchema,
  format: formatSchema.omit({ delimiter: true }).default({}),
});
