import path from 'node:path';
import type { SqlSession } from '../../store/database.ts';
import { SqlFile } from '../../store/sql-file.ts';
import { sqlString } from '../sql-text.ts';
import { wholeNumberSql } from '../values/value-sql.ts';
import { check, parseFailure, problemsColumnSql, type FieldSql, type RowCheck } from './field-sql.ts';
import { isCancelledOrderStatus, isChargeLine } from '../vocabulary-matching.ts';
import type { CreditLines } from './ledger-credits.ts';
import { addPastedPages, countPastedRows, createPastedRows } from './pasted-pages.ts';
import { stageVocabulary } from './vocabulary-tables.ts';

const textFields = ['customer_id', 'product_name', 'category', 'variant', 'currency', 'channel', 'region', 'country', 'carrier'];

/**
 * Why a line that charges for shipping, a tip or a fee, or for a service sold beside the products
 * (a package protection, gift wrap, a card surcharge, financing interest), is left out: it sold no
 * product. Each kind is named, so that a shop sees its protection or interest lines among them.
 */
export const chargeLineReason = 'shipping, a tip, a fee, interest or a service (protection, gift wrap), not a product';

/** Why a cancelled order's lines are left out: what the rejects and the warning say. */
export const cancelledOrderReason = 'cancelled order, not a sale';

/**
 * What the order lines are checked against, each distinct text matched once: `vocab_order_status`,
 * the file's order statuses, `cancelled` for those that say the order never became a sale; and
 * `vocab_charge_line`, the SKUs and product names, `charge` for those that say the line charges
 * for shipping, a tip, a fee or a service sold beside the products. Staged before the order lines
 * are normalised.
 */
export async function stageOrderLineVocabularies(session: SqlSession, f: FieldSql): Promise<void> {
  if (f.isMapped('order_status')) await stageVocabulary(session, 'order_status', f.text('order_status'), (text) => (isCancelledOrderStatus(text) ? 'cancelled' : null));
  await stageVocabulary(session, 'charge_line', [f.text('sku'), f.text('product_name')], (text) => (isChargeLine(text) ? 'charge' : null));
}

const stageCancelled = SqlFile.in('import', 'stage_cancelled_orders');

/** `cancelled_orders`: the orders the normalised lines say were cancelled, and their lines (stage_cancelled_orders.sql). */
export async function stageCancelledOrders(session: SqlSession, f: FieldSql): Promise<void> {
  const saysCancelled = f.isMapped('order_status') || f.isMapped('cancelled_at');
  await session.run(stageCancelled.sql, stageCancelled.bind({ saysCancelled, reason: cancelledOrderReason }));
}

/** Checks that a mapped value could be read; an unmapped field has nothing to check. */
export function readableChecks(f: FieldSql, fields: Array<[field: string, failure: string]>): RowCheck[] {
  return fields.filter(([field]) => f.isMapped(field)).map(([field, failure]) => check(`${field}__text IS NOT NULL AND ${field} IS NULL`, field, `${field}__text`, failure));
}

/** Whether a text of the line (its SKU, its product's name) says it charges for shipping, a tip, a fee or a service. */
const chargeLine = (text: string) => `${text} IN (SELECT raw FROM vocab_charge_line WHERE code = 'charge')`;

/**
 * The order-line side of a file, typed, with the SQL that reads it and the checks that make a
 * line unusable. Shared by orders files and combined files (whose returns carry the same checks:
 * a line that cannot be read cannot have a readable return), and by a ledger's credit lines,
 * whose quantity and price may be negative (`signed`): they are checked for being readable only.
 */
export function orderLineParts(f: FieldSql, options: { signed?: boolean } = {}) {
  const typed = [
    `${f.value('order_id')} AS order_id`,
    `${f.value('ordered_at')} AS ordered_at`,
    `${f.value('sku')} AS sku`,
    ...textFields.map((field) => `${f.value(field)} AS ${field}`),
    `${f.value('quantity')} AS quantity_given`,
    `${f.value('unit_price')} AS unit_price`,
    `${f.value('line_total')} AS line_total`,
    `${f.value('line_discount')} AS line_discount`,
    `${f.value('delivered_at')} AS delivered_at`,
    `${f.value('order_refund')} AS order_refund`,
    `${f.text('order_status')} AS order_status__text`,
    `${f.text('cancelled_at')} AS cancelled_at__text`,
    ...['order_id', 'ordered_at', 'sku', 'quantity', 'unit_price', 'line_total', 'line_discount', 'delivered_at', 'order_refund'].map(
      (field) => `${f.text(field)} AS ${field}__text`,
    ),
  ];

  // The unit price net of discount: from the line's total when the export has it, else the
  // listed price (the typed `unit_price`) less the line's discount spread over its units.
  const perUnit = (amount: string) => `(${amount} / nullif(quantity_given, 0))`;
  let unitPrice = 'unit_price';
  // a discount never raises a price, whichever sign the export writes it with (Amazon: -3.00)
  if (f.isMapped('line_discount')) unitPrice = `unit_price - coalesce(abs(${perUnit('line_discount')}), 0)`;
  const lineTotal = f.isMapped('line_discount') && f.constants.lineTotalBeforeDiscount ? '(line_total - coalesce(abs(line_discount), 0))' : 'line_total';
  if (f.isMapped('line_total')) unitPrice = `coalesce(${perUnit(lineTotal)}, ${unitPrice})`;
  unitPrice = `CAST(${unitPrice} AS DECIMAL(18,4))`;
  const quantity = wholeNumberSql('quantity_given');

  const checks: RowCheck[] = [
    check('order_id__text IS NULL', 'order_id', "''", 'missing'),
    check('ordered_at__text IS NULL', 'ordered_at', "''", 'missing'),
    ...readableChecks(f, [['ordered_at', parseFailure.timestamp!]]),
    check('sku__text IS NULL', 'sku', "''", 'missing'),
    check('quantity__text IS NULL', 'quantity', "''", 'missing'),
    check(`quantity__text IS NOT NULL AND ${quantity} IS NULL`, 'quantity', 'quantity__text', parseFailure.integer!),
    options.signed ? check('quantity_given = 0', 'quantity', 'quantity__text', 'cannot be zero') : check('quantity_given <= 0', 'quantity', 'quantity__text', 'must be more than zero'),
    check('unit_price__text IS NULL AND line_total__text IS NULL', 'unit_price', "''", 'missing'),
    ...readableChecks(f, [
      ['unit_price', parseFailure.money!],
      ['line_total', parseFailure.money!],
      ['line_discount', parseFailure.money!],
      ['delivered_at', parseFailure.timestamp!],
      ['order_refund', parseFailure.money!],
    ]),
    ...(options.signed ? [] : [check(`${unitPrice} < 0`, 'unit_price', 'coalesce(unit_price__text, line_total__text)', 'cannot be negative')]),
    ...(f.isMapped('delivered_at') ? [check('delivered_at < ordered_at', 'delivered_at', 'delivered_at__text', 'delivered before it was ordered')] : []),
    // shipping, a tip, a fee or a service is no product sold, nor one that can come back (stageOrderLineVocabularies)
    check(`${chargeLine('sku__text')} OR ${chargeLine('product_name')}`, 'sku', 'sku__text', chargeLineReason),
    // a cancelled order is no sale, and no return can come of it (stageOrderLineVocabularies)
    ...(f.isMapped('order_status')
      ? [check("order_status__text IN (SELECT raw FROM vocab_order_status WHERE code = 'cancelled')", 'order_status', 'order_status__text', cancelledOrderReason)]
      : []),
    ...(f.isMapped('cancelled_at') ? [check('cancelled_at__text IS NOT NULL', 'cancelled_at', 'cancelled_at__text', cancelledOrderReason)] : []),
  ];

  const columns = ['order_id', 'sku', 'ordered_at', ...textFields, `${quantity} AS quantity`, `${unitPrice} AS unit_price`, 'delivered_at', 'order_refund'];
  // `unitPrice` over the typed columns: a combined file's refund is counted in units of it
  return { typed, columns, checks, unitPrice };
}

/**
 * Writes `staged_raw` normalised to a Parquet file in the import's temp folder, read back as the
 * view `normalised_order_lines`: one typed row per source row and `problems`, NULL when the row
 * is fine, else every value that makes it unusable. Nothing is dropped here: the writer keeps
 * the rows without problems.
 *
 * On disk, the typed rows are computed once and take no memory: the staged rows can be dropped
 * before the write transaction, so the derived refresh never runs beside two copies of ten million
 * rows (memory dropped inside a transaction is freed only at its commit). Parquet writes as fast
 * as a temp table; a DuckDB file compresses far more slowly.
 *
 * `line_no` (the n-th occurrence of a SKU in its order, part of the key) is counted over every
 * row, rejected ones too, so a fixed row re-imported lands on the same key. Most files repeat no
 * (order, SKU), so it is 1 unless `repeated_line_numbers` (numberRepeatedLines) says otherwise:
 * numbering only the repeated pairs spares a window over every row.
 */
export async function normaliseOrderLines(session: SqlSession, f: FieldSql, workDir: string, credits?: CreditLines): Promise<void> {
  const { typed, columns, checks } = orderLineParts(f);
  const folder = path.join(workDir, 'normalised_order_lines');
  // a ledger's credit lines are its returns, not sales
  const sales = credits ? `${credits.joins.join(' ')} WHERE NOT (${credits.condition})` : '';
  await session.run(`
    COPY (
      SELECT file_row, ${columns.join(', ')}, ${problemsColumnSql(checks)}
      FROM (SELECT raw.file_row, ${typed.join(',\n        ')} FROM staged_raw AS raw ${sales}) AS typed
    ) TO ${sqlString(folder)} (FORMAT parquet, COMPRESSION snappy, PER_THREAD_OUTPUT true)`);
  await session.run(`CREATE OR REPLACE TEMP VIEW written_order_lines AS SELECT * FROM read_parquet(${sqlString(path.join(folder, '*.parquet'))})`);
  // the lines as written, until rejectPastedOrderPages finds rows of a page pasted twice
  await session.run('CREATE OR REPLACE TEMP VIEW normalised_order_lines AS FROM written_order_lines');
  await session.run(`CREATE OR REPLACE TEMP VIEW ${orderRowValues} AS SELECT file_row, order_id, struct_pack(*COLUMNS(* EXCLUDE (file_row, problems))) AS row_values FROM written_order_lines`);
  await createPastedRows(session, pastedOrderRows);
}

/**
 * `order_row_values` (file_row, order_id, row_values): what each row of the file says, value for
 * value, as two rows of one order are compared to tell a page pasted twice (pasted-pages.ts). A
 * combined file's returns are part of it (normaliseCombinedReturns).
 */
export const orderRowValues = 'order_row_values';

/** `pasted_order_rows` (file_row, reason): the order rows of a page pasted twice, found so far. */
export const pastedOrderRows = 'pasted_order_rows';

/**
 * `repeated_line_numbers`: the n-th occurrence of a SKU in its order for the (order, SKU) pairs a
 * file repeats, read from `normalised_order_lines`, and whether the pair's rows lie `apart` (another
 * row between two of them). Run once the staged text is dropped: at 10M lines its grouping was where
 * an import's memory peaked while the text was still held. Then rejects the rows of a page pasted
 * twice, found among the orders with such a pair (rejectPastedOrderPages).
 */
export async function numberRepeatedLines(session: SqlSession): Promise<void> {
  // grouped on a hash of the key: integers group far faster than pairs of strings, and a
  // collision only numbers a few more lines, still by their real (order, SKU)
  await session.run(`
    CREATE OR REPLACE TEMP TABLE repeated_keys AS
    SELECT hash(order_id, sku) AS key_hash FROM normalised_order_lines GROUP BY ALL HAVING count(*) > 1`);
  const [{ n }] = (await session.all('SELECT count(*)::INTEGER AS n FROM repeated_keys')) as [{ n: number }];
  await session.run(`
    CREATE OR REPLACE TEMP TABLE repeated_line_numbers AS
    SELECT file_row, order_id, row_number() OVER (pair ORDER BY file_row)::INTEGER AS line_no,
      max(file_row) OVER pair - min(file_row) OVER pair >= count(*) OVER pair AS apart
    FROM normalised_order_lines
    WHERE ${n > 0} AND hash(order_id, sku) IN (SELECT key_hash FROM repeated_keys)
    WINDOW pair AS (PARTITION BY order_id, sku)`);
  await rejectPastedOrderPages(session);
}

/**
 * Rejects the order rows of a page pasted twice (pasted-pages.ts): a block of an order the same as
 * an earlier one. Only an order with a repeated (order, SKU) pair apart can hold one, so most files
 * look at no row here; and `normalised_order_lines` says the rejects only when there are some, so
 * a file without any reads its lines as written, at no cost. A combined file's orders with returns
 * were looked at before their refunds were judged (normaliseCombinedReturns).
 */
async function rejectPastedOrderPages(session: SqlSession): Promise<void> {
  const candidates = `SELECT file_row, order_id AS block_key, row_values FROM ${orderRowValues}
    WHERE order_id IN (SELECT order_id FROM repeated_line_numbers WHERE apart)`;
  const [{ apart }] = (await session.all('SELECT count(*) FILTER (WHERE apart)::INTEGER AS apart FROM repeated_line_numbers')) as [{ apart: number }];
  if (apart > 0) await addPastedPages(session, pastedOrderRows, candidates, 'order');
  if ((await countPastedRows(session, pastedOrderRows)) === 0) return;
  await session.run(`
    CREATE OR REPLACE TEMP VIEW normalised_order_lines AS
    SELECT w.* REPLACE (CASE WHEN p.file_row IS NULL THEN w.problems
      ELSE list_append(coalesce(w.problems, []), {'field': 'order_id', 'value': w.order_id, 'reason': p.reason}) END AS problems)
    FROM written_order_lines AS w LEFT JOIN ${pastedOrderRows} AS p USING (file_row)`);
}
