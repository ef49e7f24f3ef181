import type { SqlSession } from '../../store/database.ts';
import { recogniseDateFamily, type DateStyle, type DayMonthOrder } from './date-styles.ts';
import type { NumberFormat } from './value-sql.ts';

/** How the values of a file are written, decided from the values themselves. */
export interface ValueFormats {
  /** per timestamp field */
  dates: Record<string, DateStyle>;
  numbers: NumberFormat;
  /** True when no amount told the decimal separator apart ("1.234" only) and the export's language decided. */
  decimalAmbiguous: boolean;
}

/** What the person set on the Import page, over what was detected. */
export interface FormatOverrides {
  decimalSeparator?: '.' | ',';
  dateOrder?: DayMonthOrder;
}

export interface FormatHints {
  /** Day before month when the values cannot tell (Spanish and Portuguese exports). */
  dayFirst: boolean;
  decimalComma: boolean;
}

/** A column of staged_raw as trimmed text, NULL when blank. */
export type ColumnText = (header: string) => string;

const sampleSize = 1000;

interface DateScan {
  firstOver12: number;
  secondOver12: number;
}

/**
 * Decides each timestamp field's style from a sample, then — for day/month dates — scans every
 * value in SQL: one "13/02/2025" settles a whole column as day-first, one "02/13/2025" as
 * month-first; a column where every value fits both follows the export's language.
 */
async function detectDates(
  session: SqlSession,
  dateHeaders: Record<string, string>,
  text: ColumnText,
  hints: FormatHints,
  overrides: FormatOverrides,
): Promise<Record<string, DateStyle>> {
  const styles: Record<string, DateStyle> = {};
  const numericFields: string[] = [];
  for (const [field, header] of Object.entries(dateHeaders)) {
    const rows = await session.all(`SELECT ${text(header)} AS v FROM staged_raw AS raw WHERE ${text(header)} IS NOT NULL LIMIT ${sampleSize}`);
    const family = recogniseDateFamily(rows.map((r) => String(r.v)));
    styles[field] = { ...family, order: hints.dayFirst ? 'day-first' : 'month-first', ambiguous: false };
    if (family.family === 'numeric') numericFields.push(field);
  }
  if (numericFields.length === 0) return styles;
  const part = (field: string, n: number) =>
    `TRY_CAST(split_part(${text(dateHeaders[field]!)}, '${styles[field]!.separator}', ${n}) AS INTEGER)`;
  const columns = numericFields.flatMap((field, i) => [
    `count(*) FILTER (WHERE ${part(field, 1)} > 12)::INTEGER AS first_${i}`,
    `count(*) FILTER (WHERE ${part(field, 2)} > 12)::INTEGER AS second_${i}`,
  ]);
  const [scan] = await session.all(`SELECT ${columns.join(', ')} FROM staged_raw AS raw`);
  numericFields.forEach((field, i) => {
    const counts: DateScan = { firstOver12: Number(scan![`first_${i}`]), secondOver12: Number(scan![`second_${i}`]) };
    const style = styles[field]!;
    if (overrides.dateOrder) style.order = overrides.dateOrder;
    else if (counts.firstOver12 > counts.secondOver12) style.order = 'day-first';
    else if (counts.secondOver12 > counts.firstOver12) style.order = 'month-first';
    else style.ambiguous = true;
  });
  return styles;
}

/**
 * The decimal separator, from every amount: a separator followed by other than three digits, or
 * the later of the two when both appear, is the decimal one ("12,5", "1.234,56" → comma).
 * Amounts such as "1.234" alone cannot tell, and the export's language decides.
 */
async function detectNumbers(
  session: SqlSession,
  moneyHeaders: string[],
  text: ColumnText,
  hints: FormatHints,
  overrides: FormatOverrides,
): Promise<{ numbers: NumberFormat; ambiguous: boolean }> {
  if (moneyHeaders.length === 0) {
    return { numbers: { decimalSeparator: hints.decimalComma ? ',' : '.', thousandsSeparator: '', withCurrencySigns: false }, ambiguous: false };
  }
  const evidence = moneyHeaders.map((header) => {
    const t = text(header);
    const commaTail = `(CASE WHEN contains(${t}, ',') THEN strpos(reverse(${t}), ',') - 1 END)`;
    const dotTail = `(CASE WHEN contains(${t}, '.') THEN strpos(reverse(${t}), '.') - 1 END)`;
    return {
      comma: `count(*) FILTER (WHERE ${commaTail} IS NOT NULL AND ((${dotTail} IS NOT NULL AND ${commaTail} < ${dotTail}) OR (${dotTail} IS NULL AND ${commaTail} <> 3)))`,
      dot: `count(*) FILTER (WHERE ${dotTail} IS NOT NULL AND ((${commaTail} IS NOT NULL AND ${dotTail} < ${commaTail}) OR (${commaTail} IS NULL AND ${dotTail} <> 3)))`,
      anyComma: `count(*) FILTER (WHERE contains(${t}, ','))`,
      anyDot: `count(*) FILTER (WHERE contains(${t}, '.'))`,
      anySpace: `count(*) FILTER (WHERE regexp_matches(${t}, '\\d[ \\x{00A0}]\\d'))`,
    };
  });
  const sum = (key: keyof (typeof evidence)[number]) => evidence.map((e) => e[key]).join(' + ');
  const [counts] = await session.all(
    `SELECT (${sum('comma')})::BIGINT AS comma, (${sum('dot')})::BIGINT AS dot, (${sum('anyComma')})::BIGINT AS any_comma,
            (${sum('anyDot')})::BIGINT AS any_dot, (${sum('anySpace')})::BIGINT AS any_space
     FROM staged_raw AS raw`,
  );
  const comma = Number(counts!.comma);
  const dot = Number(counts!.dot);
  const ambiguous = comma === dot && (Number(counts!.any_comma) > 0 || Number(counts!.any_dot) > 0);
  const decimalSeparator = overrides.decimalSeparator ?? (comma > dot ? ',' : dot > comma ? '.' : hints.decimalComma ? ',' : '.');
  const other = decimalSeparator === ',' ? '.' : ',';
  const thousandsSeparator = Number(counts![other === ',' ? 'any_comma' : 'any_dot']) > 0 ? other : Number(counts!.any_space) > 0 ? ' ' : '';
  const sampleRows = await session.all(
    `SELECT count(*)::INTEGER AS n FROM (SELECT ${moneyHeaders.map(text).join(', ')} FROM staged_raw AS raw LIMIT ${sampleSize}) AS s(${moneyHeaders.map((_, i) => `m${i}`).join(', ')})
     WHERE ${moneyHeaders.map((_, i) => `regexp_matches(m${i}, '[$€£]|[A-Z]{3}')`).join(' OR ')}`,
  );
  return {
    numbers: { decimalSeparator, thousandsSeparator, withCurrencySigns: Number(sampleRows[0]!.n) > 0 },
    ambiguous: ambiguous && overrides.decimalSeparator === undefined,
  };
}

export async function detectValueFormats(
  session: SqlSession,
  fields: { dates: Record<string, string>; money: string[] },
  text: ColumnText,
  hints: FormatHints,
  overrides: FormatOverrides = {},
): Promise<ValueFormats> {
  const dates = await detectDates(session, fields.dates, text, hints, overrides);
  const { numbers, ambiguous } = await detectNumbers(session, fields.money, text, hints, overrides);
  return { dates, numbers, decimalAmbiguous: ambiguous };
}
