import type { z } from 'zod';
import type { JsonRow, SqlParams } from './database.ts';
import { SqlFile, type SqlFolder } from './sql-file.ts';

interface Reader {
  all(sql: string, params: SqlParams): Promise<JsonRow[]>;
}

/**
 * A statement that answers rows, paired with the zod schema of its rows: by default one question of
 * queries/, its file named after it.
 */
export class SqlQuery<Row extends z.ZodType> {
  readonly file: SqlFile;

  constructor(
    readonly name: string,
    private readonly rowSchema: Row,
    folder: SqlFolder = 'queries',
  ) {
    this.file = SqlFile.in(folder, name);
  }

  async run(db: Reader, params: Record<string, SqlParams[string] | undefined> = {}): Promise<z.infer<Row>[]> {
    const rows = await db.all(this.file.sql, this.file.bind(params));
    return rows.map((row) => this.rowSchema.parse(row));
  }
}
