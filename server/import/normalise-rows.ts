import { listValue } from '@duckdb/node-api';
import { groupOfReason, reasons } from '../domain/returns-vocabulary.ts';
import type { SqlSession } from '../store/database.ts';
import { canonicalFields, skuFallbackField, type FieldSpec, type TableKind } from './canonical-fields.ts';
import type { ColumnMapping } from './column-mapping.ts';
import { matchDisposition, matchReason, matchResolution } from './vocabulary-matching.ts';

const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The trimmed source text of a field, NULL when unmapped or blank. */
function rawText(mapping: ColumnMapping, field: string): string {
  const header = mapping[field];
  return header === undefined ? 'NULL' : `nullif(trim(raw.${identifier(header)}), '')`;
}

/** How a source text becomes a typed value, for the field types that need no lookup. */
function parsed(type: Exclude<FieldSpec['type'], 'vocabulary'>, text: string): string {
  switch (type) {
    case 'text':
      return text;
    case 'order_ref':
      // "#1001" and "1001" are the same order in different exports
      return `nullif(regexp_replace(${text}, '^#+\\s*', ''), '')`;
    case 'integer':
      return `TRY_CAST(${text} AS INTEGER)`;
    case 'money':
      return `TRY_CAST(${text} AS DECIMAL(18,4))`;
    case 'timestamp':
      // A UTC offset is dropped, not applied: the shop's wall-clock time is its business day.
      return `TRY_CAST(regexp_replace(${text}, '\\s*(Z|[+-]\\d{2}:?\\d{2})$', '') AS TIMESTAMP)`;
  }
}

const parseFailure: Partial<Record<FieldSpec['type'], string>> = {
  integer: 'not a whole number',
  money: 'not a number',
  timestamp: 'not a valid date',
};

function problem(condition: string, field: string, value: string, reason: string): string {
  return `CASE WHEN ${condition} THEN {'field': ${literal(field)}, 'value': ${value}, 'reason': ${literal(reason)}} END`;
}

/** Distinct source texts of a vocabulary field → canonical code, matched once in TypeScript. */
async function stageVocabulary(session: SqlSession, field: string, rawSql: string, match: (text: string) => string | null) {
  const rows = await session.all(`SELECT DISTINCT ${rawSql} AS raw FROM staged_raw AS raw WHERE ${rawSql} IS NOT NULL`);
  const raws = rows.map((r) => String(r.raw));
  const codes = raws.map((r) => match(r));
  await session.run(`CREATE OR REPLACE TEMP TABLE vocab_${field} (raw VARCHAR, code VARCHAR)`);
  if (raws.length === 0) return;
  await session.run(`INSERT INTO vocab_${field} SELECT unnest($raws::VARCHAR[]), unnest($codes::VARCHAR[])`, {
    raws: listValue(raws),
    codes: listValue(codes),
  });
}

/**
 * Turns `staged_raw` into the temp table `normalised`: one typed column per canonical field and
 * a `problems` list naming every value that makes the row unusable. Nothing is dropped here;
 * the writer keeps the rows without problems and reports the others.
 */
export async function normaliseRows(session: SqlSession, kind: TableKind, mapping: ColumnMapping): Promise<void> {
  const specs = canonicalFields[kind];
  const raw = (field: string) => rawText(mapping, field);
  const joins: string[] = [];
  const columns: string[] = [];
  const problems: string[] = [];

  // The reason text may come in reason_raw, in reason, or both; the code is matched from it.
  const reasonText = `coalesce(${raw('reason_raw')}, ${raw('reason')})`;
  if (kind === 'returns') {
    await stageVocabulary(session, 'reason', reasonText, matchReason);
    joins.push(`LEFT JOIN vocab_reason ON vocab_reason.raw = ${reasonText}`);
    if (mapping.resolution !== undefined) {
      await stageVocabulary(session, 'resolution', raw('resolution'), matchResolution);
      joins.push(`LEFT JOIN vocab_resolution ON vocab_resolution.raw = ${raw('resolution')}`);
    }
    if (mapping.disposition !== undefined) {
      await stageVocabulary(session, 'disposition', raw('disposition'), matchDisposition);
      joins.push(`LEFT JOIN vocab_disposition ON vocab_disposition.raw = ${raw('disposition')}`);
    }
  }

  const sourceText = (field: string) =>
    field === 'sku' ? `coalesce(${raw('sku')}, ${raw(skuFallbackField)})` : field === 'reason_raw' ? reasonText : raw(field);
  const valueOf = (spec: FieldSpec): string => {
    switch (spec.name) {
      case 'reason':
        return `coalesce(vocab_reason.code, 'other')`;
      case 'resolution':
        // Without a resolution column, an amount paid back means a refund and none means pending.
        return mapping.resolution === undefined
          ? `CASE WHEN ${raw('amount')} IS NOT NULL THEN 'refund' ELSE 'pending' END`
          : `CASE WHEN ${raw('resolution')} IS NULL THEN 'pending' ELSE vocab_resolution.code END`;
      case 'disposition':
        // An unknown disposition loses no money figure, so the row stays with none.
        return mapping.disposition === undefined ? 'NULL' : 'vocab_disposition.code';
      default:
        return parsed(spec.type as Exclude<FieldSpec['type'], 'vocabulary'>, sourceText(spec.name));
    }
  };

  for (const spec of specs) {
    const text = sourceText(spec.name);
    columns.push(`${valueOf(spec)} AS ${spec.name}`);
    if (spec.name === 'reason') columns.push(`${reasonGroupSql(valueOf(spec))} AS reason_group`);
    if (spec.required) problems.push(problem(`${text} IS NULL`, spec.name, "''", 'missing'));
    const failure = spec.name === 'resolution' ? 'not a known resolution (refund, exchange, store credit, rejected, pending)' : parseFailure[spec.type];
    if (failure) problems.push(problem(`${text} IS NOT NULL AND ${valueOf(spec)} IS NULL`, spec.name, text, failure));
  }

  const q = (field: string) => valueOf(specs.find((s) => s.name === field)!);
  problems.push(problem(`${q('quantity')} <= 0`, 'quantity', raw('quantity'), 'must be more than zero'));
  if (kind === 'orders') {
    problems.push(problem(`${q('unit_price')} < 0`, 'unit_price', raw('unit_price'), 'cannot be negative'));
    problems.push(problem(`${q('delivered_at')} < ${q('ordered_at')}`, 'delivered_at', raw('delivered_at'), 'delivered before it was ordered'));
  } else {
    problems.push(problem(`${q('received_at')} < ${q('requested_at')}`, 'received_at', raw('received_at'), 'received before it was requested'));
    problems.push(problem(`${q('resolved_at')} < coalesce(${q('received_at')}, ${q('requested_at')})`, 'resolved_at', raw('resolved_at'), 'resolved before it was requested or received'));
    for (const field of ['amount', 'recovered_value', 'shipping_cost']) {
      problems.push(problem(`${q(field)} < 0`, field, raw(field), 'cannot be negative'));
    }
  }

  await session.run(
    `CREATE OR REPLACE TEMP TABLE normalised AS
     SELECT raw.file_row, ${columns.join(',\n       ')},
       list_filter([${problems.join(',\n         ')}], p -> p IS NOT NULL) AS problems
     FROM staged_raw AS raw
     ${joins.join('\n     ')}`,
  );
  if (kind === 'returns') await flagReturnsBeforeTheirOrder(session);
}

/** A return requested before its order was placed is dirty data, reported rather than counted. */
async function flagReturnsBeforeTheirOrder(session: SqlSession): Promise<void> {
  await session.run(
    `UPDATE normalised AS n
     SET problems = list_append(n.problems, {'field': 'requested_at', 'value': strftime(n.requested_at, '%Y-%m-%d %H:%M:%S'), 'reason': 'requested before its order was placed'})
     FROM order_lines AS o
     WHERE o.order_id = n.order_id AND o.sku = n.sku AND o.line_no = 1 AND n.requested_at < o.ordered_at`,
  );
}

/** The reason group of a canonical reason code, as a SQL expression. */
function reasonGroupSql(reasonCode: string): string {
  return `CASE ${reasonCode} ${reasons.map((r) => `WHEN '${r}' THEN '${groupOfReason(r)}'`).join(' ')} END`;
}
