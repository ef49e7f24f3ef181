import { z } from 'zod';
import type { Database, SqlSession } from '../store/database.ts';
import { SqlFile } from '../store/sql-file.ts';
import { fieldsOfKind, type FileKind } from './canonical-fields.ts';
import { ImportError } from './import-error.ts';
import type { ColumnMapping } from './mapping/propose-mapping.ts';
import type { FormatOverrides } from './values/value-formats.ts';
import { foldText } from './vocabulary-matching.ts';

export interface SavedMapping {
  headerSignature: string;
  kind: FileKind;
  mapping: ColumnMapping;
  format: FormatOverrides;
  savedAt: string;
}

/** The folded headers in order: the same export, re-run next month, has the same signature. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(foldText).join('|');
}

const storedFormat = z.object({ decimalSeparator: z.enum(['.', ',']).optional(), dateOrder: z.enum(['day-first', 'month-first']).optional() });

function fromRow(row: Record<string, unknown>): SavedMapping {
  return {
    headerSignature: String(row.header_signature),
    kind: row.kind as FileKind,
    mapping: JSON.parse(String(row.mapping)) as ColumnMapping,
    format: row.format ? storedFormat.parse(JSON.parse(String(row.format))) : {},
    savedAt: String(row.saved_at),
  };
}

const statement = (name: string) => SqlFile.in('import', name);
const savedFor = statement('saved_mapping');
const everySaved = statement('saved_mappings');
const save = statement('save_mapping');
const forget = statement('forget_mapping');

export async function findSavedMapping(session: SqlSession | Database, signature: string): Promise<SavedMapping | undefined> {
  const [row] = await session.all(savedFor.sql, savedFor.bind({ signature }));
  return row ? fromRow(row) : undefined;
}

export async function listSavedMappings(db: Database): Promise<SavedMapping[]> {
  return (await db.all(everySaved.sql)).map(fromRow);
}

/** Saves (or replaces) the mapping a person confirmed for this header signature. */
export async function saveMapping(db: Database | SqlSession, saved: Omit<SavedMapping, 'savedAt'>): Promise<void> {
  const fields = new Set(fieldsOfKind[saved.kind].map((f) => f.name));
  const unknown = Object.keys(saved.mapping).filter((f) => !fields.has(f));
  if (unknown.length > 0) {
    throw new ImportError(422, 'invalid_mapping', `The mapping names fields that ${saved.kind} files do not have: ${unknown.join(', ')}.`, { fields: [...fields] });
  }
  await db.all(
    save.sql,
    save.bind({
      signature: saved.headerSignature,
      kind: saved.kind,
      mapping: JSON.stringify(saved.mapping),
      format: JSON.stringify(saved.format),
      savedAt: new Date().toISOString().slice(0, 19),
    }),
  );
}

export async function deleteSavedMapping(db: Database, signature: string): Promise<boolean> {
  const rows = await db.all(forget.sql, forget.bind({ signature }));
  return rows.length > 0;
}
