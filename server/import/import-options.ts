import { z } from 'zod';
import { delimiters } from './source/csv-dialect.ts';

// What a person may tell an import beyond the file, as the API and the CLI accept it.

export const columnMappingSchema = z.record(z.string(), z.string()).describe('a JSON object of canonical field → source header');

export const formatSchema = z
  .object({
    delimiter: z.enum(delimiters).optional(),
    decimalSeparator: z.enum(['.', ',']).optional(),
    dateOrder: z.enum(['day-first', 'month-first']).optional(),
  })
  .strict()
  .describe('a JSON object with any of delimiter (, ; tab |), decimalSeparator (. or ,), dateOrder (day-first or month-first)');
