import path from 'node:path';
import type { z } from 'zod';
import { projectRoot } from '../config.ts';
import type { JsonRow, SqlParams } from './database.ts';
import { SqlFile } from './sql-file.ts';

export const queriesDir = path.join(projectRoot, 'queries');

interface Reader {
  all(sql: string, params: SqlParams): Promise<JsonRow[]>;
}

/** One question of queries/, its file named after it, paired with the zod schema of its rows. */
export class SqlQuery<Row extends z.ZodType> {
  readonly file: SqlFile;

  constructor(
    readonly name: string,
    private readonly rowSchema: Row,
  ) {
    this.file = new SqlFile(path.join(queriesDir, `${name}.sql`));
  }

  async run(db: Reader, params: Record<string, SqlParams[string] | undefined> = {}): Promise<z.infer<Row>[]> {
    const rows = await db.all(this.file.sql, this.file.bind(params));
    return rows.map((row) => this.rowSchema.parse(row));
  }
}
