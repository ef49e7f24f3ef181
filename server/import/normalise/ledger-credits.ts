import { groupOfReason, type Reason, type Resolution } from '../../domain/returns-vocabulary.ts';
import type { SqlSession } from '../../store/database.ts';
import { matchDocumentType } from '../vocabulary-matching.ts';
import { check, problemsColumnSql, type FieldSql } from './field-sql.ts';
import { orderLineParts } from './normalise-order-lines.ts';
import { stageLinesStatingReturns } from './normalise-returns.ts';
import { stageVocabulary, vocabularyJoin } from './vocabulary-tables.ts';

/** How a sales ledger marks the lines that give money back. */
export type CreditRule = 'negative_quantity' | 'credit_prefix' | 'document_type';

/** The rows of a ledger that are credit lines, as SQL over `staged_raw AS raw` and the joins it needs. */
export interface CreditLines {
  rules: CreditRule[];
  condition: string;
  joins: string[];
  /** Credit lines in the file. */
  count: number;
}

/** "C536379" beside "536365": UCI Online Retail's cancellations and credits. */
const creditPrefixSql = (orderText: string) => `regexp_full_match(${orderText}, '[Cc][0-9]+')`;

/**
 * Whether a sales ledger (an orders file) holds credit lines, judged from every staged value: a
 * negative quantity, an invoice numbered "C…" among plain numbers, or a document type that says
 * credit note ("Nota de crédito", "NC", "Credit note"). Undefined when it holds none.
 */
export async function findCreditLines(session: SqlSession, f: FieldSql): Promise<CreditLines | undefined> {
  const rules: Array<{ rule: CreditRule; condition: string }> = [];
  const joins: string[] = [];
  // One pass over ten million rows: plain LIKEs first, so that the pattern runs on the few rows
  // that start with a C; plain numbers need only be seen once.
  const order = f.text('order_id');
  const [signs] = await session.all(
    `SELECT count(*) FILTER (WHERE ${f.text('quantity')} LIKE '-%')::BIGINT AS negative,
            count(*) FILTER (WHERE (${order} LIKE 'C%' OR ${order} LIKE 'c%') AND ${creditPrefixSql(order)})::BIGINT AS prefixed,
            EXISTS (SELECT 1 FROM staged_raw AS raw WHERE regexp_full_match(${order}, '[0-9]+'))::INTEGER AS plain
     FROM staged_raw AS raw`,
  );
  if (Number(signs!.negative) > 0) rules.push({ rule: 'negative_quantity', condition: `${f.value('quantity')} < 0` });
  if (Number(signs!.prefixed) > 0 && Number(signs!.plain) > 0) rules.push({ rule: 'credit_prefix', condition: creditPrefixSql(f.text('order_id')) });
  if (f.isMapped('document_type')) {
    await stageVocabulary(session, 'document_type', f.text('document_type'), matchDocumentType);
    const [row] = await session.all(`SELECT count(*)::BIGINT AS n FROM vocab_document_type WHERE code = 'credit'`);
    if (Number(row!.n) > 0) {
      rules.push({ rule: 'document_type', condition: `vocab_document_type.code IS NOT DISTINCT FROM 'credit'` });
      joins.push(vocabularyJoin('document_type', f.text('document_type')));
    }
  }
  if (rules.length === 0) return undefined;
  // a quantity that cannot be read is no credit: the row stays a sale, to be rejected and named there
  const condition = `coalesce(${rules.map((r) => `(${r.condition})`).join(' OR ')}, false)`;
  const [counted] = await session.all(`SELECT count(*)::BIGINT AS n FROM staged_raw AS raw ${joins.join(' ')} WHERE ${condition}`);
  return { rules: rules.map((r) => r.rule), condition, joins, count: Number(counted!.n) };
}

export const stockAdjustment = 'a stock adjustment (no customer and no price), not a return';

/**
 * A ledger's credit lines as returns: each is matched to the latest sale of the same customer and
 * SKU placed at or before it, in this file or already stored, and becomes a return of that order,
 * requested on the credit's date, refunded at the credit's value. A credit with no such sale keeps
 * its own number as its order: an unmatched return, counted. A line with neither customer nor
 * price is a stock adjustment and is rejected, named.
 */
export async function normaliseCreditReturns(session: SqlSession, f: FieldSql, credits: CreditLines): Promise<void> {
  const order = orderLineParts(f, { signed: true });
  const checks = [...order.checks, check('customer_id IS NULL AND coalesce(unit_price, line_total, 0) = 0', 'quantity', 'quantity__text', stockAdjustment)];
  await session.run(`
    CREATE OR REPLACE TEMP TABLE credit_lines AS
    SELECT file_row, ${order.columns.join(', ')}, ${problemsColumnSql(checks)}
    FROM (SELECT raw.file_row, ${order.typed.join(',\n        ')} FROM staged_raw AS raw ${credits.joins.join(' ')} WHERE ${credits.condition}) AS typed`);
  const other = 'other' satisfies Reason;
  await session.run(`
    CREATE OR REPLACE TEMP TABLE normalised_returns AS
    WITH sales AS (
      SELECT customer_id, sku, ordered_at, order_id FROM normalised_order_lines WHERE problems IS NULL AND customer_id IS NOT NULL
      UNION ALL
      SELECT o.customer_id, o.sku, o.ordered_at, o.order_id FROM order_lines AS o
      SEMI JOIN credit_lines AS c ON o.customer_id = c.customer_id AND o.sku = c.sku
    )
    SELECT c.file_row,
      c.order_id || '|' || c.sku || '|' || row_number() OVER (PARTITION BY c.order_id, c.sku ORDER BY c.file_row) AS return_id,
      coalesce(s.order_id, c.order_id) AS order_id,
      c.sku,
      abs(c.quantity)::INTEGER AS quantity,
      NULL::VARCHAR AS reason_raw,
      '${other}' AS reason,
      '${groupOfReason(other)}' AS reason_group,
      c.ordered_at AS requested_at,
      NULL::TIMESTAMP AS received_at,
      NULL::TIMESTAMP AS resolved_at,
      '${'refund' satisfies Resolution}' AS resolution,
      round_money(abs(c.quantity) * abs(c.unit_price), c.currency) AS amount,
      NULL::VARCHAR AS disposition,
      NULL::DECIMAL(18,4) AS recovered_value,
      NULL::DECIMAL(18,4) AS shipping_cost,
      NULL::VARCHAR AS carrier,
      false AS dated_at_order,
      c.problems
    FROM credit_lines AS c
    ASOF LEFT JOIN sales AS s ON c.customer_id = s.customer_id AND c.sku = s.sku AND c.ordered_at >= s.ordered_at`);
  await stageLinesStatingReturns(session, false);
}
