import fs from 'node:fs';
import type { SqlParams } from './database.ts';

/** A .sql file and the `$name` parameters it binds (comments and string literals ignored). */
export class SqlFile {
  readonly sql: string;
  readonly params: readonly string[];

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
