import { listValue } from '@duckdb/node-api';
import type { SqlSession } from '../store/database.ts';
import type { TableKind } from './canonical-fields.ts';
import type { StructuralReject } from './source/csv-record-scanner.ts';

export interface Reject {
  line: number;
  field: string;
  value: string;
  reason: string;
}

export interface ProblemCounts {
  /**
   * Source rows of which nothing is written: no table accepts them, or the scan left them out. A
   * combined row whose return alone fails still writes its order line, so it is not among them;
   * a ledger's credit line whose return fails is.
   */
  rowsRejected: number;
  /** Source rows with at least one problem, on either side. */
  rowsWithRejects: number;
  /** per table filled: rows that will be written, rows rejected */
  tables: Partial<Record<TableKind, { rowsAccepted: number; rowsRejected: number }>>;
}

const normalisedTable: Record<TableKind, string> = { orders: 'normalised_order_lines', returns: 'normalised_returns' };

/**
 * Gathers every problem of the file into the temp table `import_problems`, one row per (line,
 * field, reason) — a combined row's order-side problem shows once though both tables carry it —
 * with the editor line joined from `line_anchors`, plus the rows the scan left out. The rows
 * with problems are few: they are kept apart (`failing_rows_<table>`), and every count comes
 * from them and the staged total, so the normalised rows are read once here.
 */
export async function collectProblems(session: SqlSession, tables: readonly TableKind[], leftOut: readonly StructuralReject[]): Promise<ProblemCounts> {
  const counts: ProblemCounts = { rowsRejected: 0, rowsWithRejects: 0, tables: {} };
  for (const table of tables) {
    await session.run(`CREATE OR REPLACE TEMP TABLE failing_rows_${table} AS SELECT file_row, problems FROM ${normalisedTable[table]} WHERE problems IS NOT NULL`);
    const [row] = await session.all(
      `SELECT (SELECT count(*) FROM ${normalisedTable[table]})::BIGINT AS total, (SELECT count(*) FROM failing_rows_${table})::BIGINT AS rejected`,
    );
    counts.tables[table] = { rowsAccepted: Number(row!.total) - Number(row!.rejected), rowsRejected: Number(row!.rejected) };
  }
  const sources = tables.map(
    (table, t) => `SELECT file_row, ${t} * 1000 + generate_subscripts(problems, 1) AS position, unnest(problems) AS p FROM failing_rows_${table}`,
  );
  await session.run(`
    CREATE OR REPLACE TEMP TABLE import_problems AS
    WITH problems AS (
      SELECT file_row, min(position) AS position, p.field AS field, p.value AS value, p.reason AS reason
      FROM (${sources.join(' UNION ALL ')})
      GROUP BY ALL
    )
    SELECT problems.file_row, (a.line + problems.file_row - a.file_row)::BIGINT AS line, position, field, value, reason
    FROM problems ASOF LEFT JOIN line_anchors AS a ON problems.file_row >= a.file_row`);
  if (leftOut.length > 0) {
    await session.run(
      `INSERT INTO import_problems
       SELECT NULL, unnest($lines::BIGINT[]), 0, 'row', unnest($values::VARCHAR[]), unnest($reasons::VARCHAR[])`,
      {
        lines: listValue(leftOut.map((r) => r.line)),
        values: listValue(leftOut.map((r) => r.value)),
        reasons: listValue(leftOut.map((r) => r.reason)),
      },
    );
  }
  // a row with problems is rejected unless another table accepted it (a combined row's order
  // line stays when only its return fails); only the few rows with problems are looked up
  const acceptedElsewhere = tables
    .map((table) => `SELECT file_row FROM ${normalisedTable[table]} WHERE problems IS NULL AND file_row IN (SELECT file_row FROM import_problems)`)
    .join(' UNION ALL ');
  const [row] = await session.all(
    `WITH kept AS (${acceptedElsewhere})
     SELECT count(DISTINCT line)::BIGINT AS with_rejects,
            count(DISTINCT line) FILTER (WHERE file_row IS NULL OR file_row NOT IN (FROM kept))::BIGINT AS rejected
     FROM import_problems`,
  );
  counts.rowsRejected = Number(row!.rejected);
  counts.rowsWithRejects = Number(row!.with_rejects);
  return counts;
}

/** The first rejects, in file order, as the report lists them. */
export async function listRejects(session: SqlSession, limit: number): Promise<Reject[]> {
  const rows = await session.all(
    `SELECT line::INTEGER AS line, field, value, reason FROM import_problems ORDER BY line, position LIMIT ${Math.trunc(limit)}`,
  );
  return rows as unknown as Reject[];
}

export interface ProblemTally {
  field: string;
  reason: string;
  rows: number;
}

/** How many rows each kind of problem takes out, most first: what the preview warns of. */
export async function tallyProblems(session: SqlSession): Promise<ProblemTally[]> {
  const rows = await session.all(
    `SELECT field, reason, count(DISTINCT line)::INTEGER AS rows FROM import_problems GROUP BY ALL ORDER BY rows DESC, field, reason`,
  );
  return rows as unknown as ProblemTally[];
}
