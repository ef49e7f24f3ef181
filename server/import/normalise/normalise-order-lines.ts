import type { SqlSession } from '../../store/database.ts';
import { wholeNumberSql } from '../values/value-sql.ts';
import { parseFailure, problemSql, type FieldSql } from './field-sql.ts';

const textFields = ['customer_id', 'product_name', 'category', 'variant', 'currency', 'channel', 'region', 'country', 'carrier'];

/**
 * The order-line side of a file, typed, with the SQL that reads it and the problems that make a
 * line unusable. Shared by orders files and combined files (whose returns carry the same
 * problems: a line that cannot be read cannot have a readable return).
 */
export function orderLineParts(f: FieldSql) {
  const typed = [
    `${f.value('order_id')} AS order_id`,
    `${f.value('ordered_at')} AS ordered_at`,
    `${f.value('sku')} AS sku`,
    ...textFields.map((field) => `${f.value(field)} AS ${field}`),
    `${f.value('quantity')} AS quantity_given`,
    `${f.value('unit_price')} AS unit_price_given`,
    `${f.value('line_total')} AS line_total`,
    `${f.value('line_discount')} AS line_discount`,
    `${f.value('delivered_at')} AS delivered_at`,
    `${f.value('order_refund')} AS order_refund`,
    ...['order_id', 'ordered_at', 'sku', 'quantity', 'unit_price', 'line_total', 'line_discount', 'delivered_at', 'order_refund'].map(
      (field) => `${f.text(field)} AS ${field}__text`,
    ),
  ];

  // The unit price net of discount: from the line's total when the export has it, else the
  // listed price less the line's discount spread over its units.
  const perUnit = (amount: string) => `(${amount} / nullif(quantity_given, 0))`;
  const unitPrice = `CAST(coalesce(${perUnit('line_total')}, unit_price_given - coalesce(${perUnit('line_discount')}, 0)) AS DECIMAL(18,4))`;
  const quantity = wholeNumberSql('quantity_given');

  const problems = [
    problemSql('order_id__text IS NULL', 'order_id', "''", 'missing'),
    problemSql('ordered_at__text IS NULL', 'ordered_at', "''", 'missing'),
    problemSql('ordered_at__text IS NOT NULL AND ordered_at IS NULL', 'ordered_at', 'ordered_at__text', parseFailure.timestamp!),
    problemSql('sku__text IS NULL', 'sku', "''", 'missing'),
    problemSql('quantity__text IS NULL', 'quantity', "''", 'missing'),
    problemSql(`quantity__text IS NOT NULL AND ${quantity} IS NULL`, 'quantity', 'quantity__text', parseFailure.integer!),
    problemSql('quantity_given <= 0', 'quantity', 'quantity__text', 'must be more than zero'),
    problemSql('unit_price__text IS NULL AND line_total__text IS NULL', 'unit_price', "''", 'missing'),
    problemSql('unit_price__text IS NOT NULL AND unit_price_given IS NULL', 'unit_price', 'unit_price__text', parseFailure.money!),
    problemSql('line_total__text IS NOT NULL AND line_total IS NULL', 'line_total', 'line_total__text', parseFailure.money!),
    problemSql('line_discount__text IS NOT NULL AND line_discount IS NULL', 'line_discount', 'line_discount__text', parseFailure.money!),
    problemSql(`${unitPrice} < 0`, 'unit_price', 'coalesce(unit_price__text, line_total__text)', 'cannot be negative'),
    problemSql('delivered_at__text IS NOT NULL AND delivered_at IS NULL', 'delivered_at', 'delivered_at__text', parseFailure.timestamp!),
    problemSql('delivered_at < ordered_at', 'delivered_at', 'delivered_at__text', 'delivered before it was ordered'),
    problemSql('order_refund__text IS NOT NULL AND order_refund IS NULL', 'order_refund', 'order_refund__text', parseFailure.money!),
  ];

  const columns = [
    'order_id',
    'sku',
    'ordered_at',
    ...textFields,
    `${quantity} AS quantity`,
    `${unitPrice} AS unit_price`,
    'delivered_at',
    'order_refund',
  ];
  return { typed, columns, problems };
}

/**
 * Turns `staged_raw` into `normalised_order_lines`: one typed row per source row, a `problems`
 * list naming every value that makes it unusable, and `line_no`, the n-th occurrence of its SKU
 * in its order counted over every row (rejected ones too, so a fixed row re-imported lands on the
 * same key). Nothing is dropped here: the writer keeps the rows without problems.
 */
export async function normaliseOrderLines(session: SqlSession, f: FieldSql): Promise<void> {
  const { typed, columns, problems } = orderLineParts(f);
  await session.run(`
    CREATE OR REPLACE TEMP TABLE normalised_order_lines AS
    SELECT *, row_number() OVER (PARTITION BY order_id, sku ORDER BY file_row)::INTEGER AS line_no
    FROM (
      SELECT file_row, ${columns.join(', ')},
        list_filter([${problems.join(',\n        ')}], p -> p IS NOT NULL) AS problems
      FROM (SELECT raw.file_row, ${typed.join(',\n        ')} FROM staged_raw AS raw) AS typed
    )`);
}
