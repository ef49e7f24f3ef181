import path from 'node:path';
import type { SqlSession } from '../store/database.ts';
import { sqlString } from './sql-text.ts';

/**
 * The accepted order lines, keyed like the stored ones (line_no is 1 unless the normaliser
 * numbered a repeated order and SKU), written to a Parquet file in the import's temp folder and
 * seen as `incoming_order_lines`. On disk they leave memory, so the staged rows can be dropped
 * before the write transaction: memory dropped inside a transaction is only freed at its commit,
 * after the derived refresh has needed its own. A Parquet file writes as fast as a temp table
 * (a DuckDB file compresses much more slowly), and the temp folder leaves nothing behind.
 */
export async function setAsideOrderLines(session: SqlSession, workDir: string): Promise<void> {
  const file = sqlString(path.join(workDir, 'incoming_order_lines.parquet'));
  await session.run(`
    COPY (
      SELECT n.* EXCLUDE (problems, order_refund), coalesce(r.line_no, 1) AS line_no
      FROM normalised_order_lines AS n
      LEFT JOIN repeated_line_numbers AS r USING (file_row)
      WHERE n.problems IS NULL
    ) TO ${file} (FORMAT parquet, COMPRESSION snappy)`);
  await session.run(`CREATE OR REPLACE TEMP VIEW incoming_order_lines AS SELECT * FROM read_parquet(${file})`);
}

/** The staged and normalised rows, no longer needed once the incoming rows are set aside. */
export async function releaseStagedRows(session: SqlSession): Promise<void> {
  for (const statement of [
    'DROP VIEW IF EXISTS normalised_order_lines',
    'DROP TABLE IF EXISTS normalised_returns',
    'DROP TABLE IF EXISTS repeated_line_numbers',
    'DROP TABLE IF EXISTS staged_raw',
  ]) {
    await session.run(statement);
  }
}
