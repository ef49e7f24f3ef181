import { listValue } from '@duckdb/node-api';
import type { SqlSession } from '../../store/database.ts';

/**
 * Matches the distinct texts of a vocabulary column once, in TypeScript, and keeps the result in
 * a temp table `vocab_<name>(raw, code)` to join: ten million rows hold a few dozen reasons.
 */
export async function stageVocabulary(session: SqlSession, name: string, textSql: string | string[], match: (text: string) => string | null): Promise<void> {
  // several columns (a SKU and a product name) make one vocabulary of their texts
  const texts = [textSql].flat().map((text) => `SELECT ${text} AS raw FROM staged_raw AS raw`);
  const rows = await session.all(`SELECT DISTINCT raw FROM (${texts.join(' UNION ALL ')}) WHERE raw IS NOT NULL`);
  const raws = rows.map((r) => String(r.raw));
  const codes = raws.map((r) => match(r));
  await session.run(`CREATE OR REPLACE TEMP TABLE vocab_${name} (raw VARCHAR, code VARCHAR)`);
  if (raws.length === 0) return;
  await session.run(`INSERT INTO vocab_${name} SELECT unnest($raws::VARCHAR[]), unnest($codes::VARCHAR[])`, {
    raws: listValue(raws),
    codes: listValue(codes),
  });
}

/** The join that puts `vocab_<name>.code` beside each row. */
export const vocabularyJoin = (name: string, textSql: string) => `LEFT JOIN vocab_${name} ON vocab_${name}.raw = ${textSql}`;
