import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The file that makes a folder a snapshot: `INVERSA_DB` naming a folder with it serves that snapshot. */
export const manifestFileName = 'manifest.json';

/** Raised when the layout below changes in a way an older reader would misread. */
export const snapshotFormatVersion = 1;

/**
 * The two canonical tables are split by month (hive style, `month=YYYY-MM`), so that object storage
 * holds one folder per month and a new month's data adds a folder instead of rewriting one. Order
 * lines go by the month they were ordered; returns by the month they were requested, which every
 * return has (the order month is unknown for a return whose order is not in the data) and which a
 * month of new returns only ever adds to. Every other table is small next to these and is one file.
 */
export const monthPartitions: Readonly<Record<string, string>> = { order_lines: 'order_month', returns: 'request_month' };

const tableSchema = z.object({
  name: z.string().min(1),
  rows: z.number().int().min(0),
  /** The column whose month names the partition folders; null for a table in one file. */
  partitionedBy: z.string().nullable(),
});

export const manifestSchema = z.object({
  format: z.literal('inversa-parquet-snapshot'),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  /** The database file the snapshot was taken from. */
  sourceDb: z.string(),
  /** The version of the SQL that derived the rollups (server/store/refresh-derived.ts): the queries that read them must be the same. */
  derivedVersion: z.number().int(),
  facts: z.object({
    orderLines: z.number().int(),
    returns: z.number().int(),
    firstDate: z.string().nullable(),
    lastTimestamp: z.string().nullable(),
    currency: z.string().nullable(),
  }),
  tables: z.array(tableSchema),
});
export type SnapshotManifest = z.infer<typeof manifestSchema>;

/** A folder holding a snapshot's manifest; a database file (or a path not there yet) is not one. */
export function isSnapshotFolder(location: string): boolean {
  return fs.existsSync(path.join(location, manifestFileName));
}

/** Where a table's files are, for read_parquet: its folder, with or without month folders below it. */
export const tableFiles = (dir: string, table: string) => path.join(dir, table, '**', '*.parquet');

export function readManifest(dir: string): SnapshotManifest {
  return manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, manifestFileName), 'utf8')));
}

export function writeManifest(dir: string, manifest: SnapshotManifest): void {
  fs.writeFileSync(path.join(dir, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`);
}
