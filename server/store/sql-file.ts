import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import type { SqlParams } from './database.ts';

/**
 * Where the SQL lives, by what it is for. Every statement that is not composed at run time is a
 * file in one of these folders, read through SqlFile, with a header comment that names its
 * `$params` (test/sql/sql-files.test.ts holds each file to its header).
 */
export const sqlFolders = {
  /** One file per question the dashboard asks; the file name is the query's name. */
  queries: 'queries',
  /** The schema, run whenever the database opens. */
  store: 'server/store',
  /** What the refresh derives from the canonical tables, and its bookkeeping. */
  derived: 'server/store/derived',
  /** The marker and the undo of a first import, written step by step (store/first-import.ts). */
  firstImport: 'server/store/first-import',
  /** The import's staging and writes. */
  import: 'server/import/sql',
  /** Users, sessions and the audit trail (team mode). */
  auth: 'server/auth/sql',
  /** The user's copy of the outside benchmarks. */
  benchmarks: 'server/benchmarks/sql',
  /** What the monthly review's schedule has sent. */
  report: 'server/report/sql',
  /** Alert rules, their episodes and the inbox. */
  alerts: 'server/alerts/sql',
  /** What a Parquet snapshot reads from the catalog and the data (server/snapshot/). */
  snapshot: 'server/snapshot/sql',
} as const;
export type SqlFolder = keyof typeof sqlFolders;

/** A .sql file and the `$name` parameters it binds (comments and string literals ignored). */
export class SqlFile {
  readonly sql: string;
  readonly params: readonly string[];

  /** A file of one of the SQL folders, by name: `SqlFile.in('derived', 'orders')` reads server/store/derived/orders.sql. */
  static in(folder: SqlFolder, name: string): SqlFile {
    return new SqlFile(path.join(projectRoot, sqlFolders[folder], `${name}.sql`));
  }

  constructor(readonly filePath: string) {
    this.sql = fs.readFileSync(filePath, 'utf8');
    const code = this.sql.replace(/--[^\n]*/g, '').replace(/'(?:[^']|'')*'/g, "''");
    this.params = [...new Set([...code.matchAll(/\$([a-zA-Z_]\w*)/g)].map((m) => m[1]!))];
  }

  /** Exactly the file's parameters; a missing one fails loudly instead of binding NULL. */
  bind(values: Record<string, SqlParams[string] | undefined>): SqlParams {
    const bound: SqlParams = {};
    for (const name of this.params) {
      if (!(name in values)) throw new Error(`${this.filePath} needs $${name}`);
      bound[name] = values[name] ?? null;
    }
    return bound;
  }
}
