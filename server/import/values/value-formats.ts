import type { SqlSession } from '../../store/database.ts';
import { recogniseDateFamily, type DateStyle, type DayMonthOrder } from './date-styles.ts';
import { amountText, type NumberFormat } from './value-sql.ts';

/** How the values of a file are written, decided from the values themselves. */
export interface ValueFormats {
  /** per timestamp field */
  dates: Record<string, DateStyle>;
  numbers: NumberFormat;
  /**
   * The separator no amount told apart ("." when every amount reads like "1.234"), whose role the
   * export's language decided; null when the amounts said.
   */
  ambiguousSeparator: '.' | ',' | null;
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
  /** day and month both 12 or under, and different: read either way, a different date */
  fitBoth: number;
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
  for (const field of numericFields) {
    const style = styles[field]!;
    // Day and month are the first two numbers: grouping on the first five characters ("13/02",
    // "2/13/") reads every value while keeping the work to a hash of short strings.
    const rows = await session.all(
      `SELECT TRY_CAST(split_part(head, $separator, 1) AS INTEGER) AS first, TRY_CAST(split_part(head, $separator, 2) AS INTEGER) AS second, sum(n)::BIGINT AS n
       FROM (SELECT left(${text(dateHeaders[field]!)}, 5) AS head, count(*) AS n FROM staged_raw AS raw GROUP BY ALL)
       GROUP BY ALL`,
      { separator: style.separator },
    );
    const counts: DateScan = { firstOver12: 0, secondOver12: 0, fitBoth: 0 };
    for (const row of rows) {
      const [first, second] = [Number(row.first), Number(row.second)];
      if (first > 12) counts.firstOver12 += Number(row.n);
      if (second > 12) counts.secondOver12 += Number(row.n);
      if (first >= 1 && first <= 12 && second >= 1 && second <= 12 && first !== second) counts.fitBoth += Number(row.n);
    }
    if (overrides.dateOrder) style.order = overrides.dateOrder;
    else if (counts.firstOver12 > counts.secondOver12) style.order = 'day-first';
    else if (counts.secondOver12 > counts.firstOver12) style.order = 'month-first';
    else style.ambiguous = true;
    // the majority is kept and the other order's values rejected, but those that fit both cannot be told
    if (!overrides.dateOrder && counts.firstOver12 > 0 && counts.secondOver12 > 0 && counts.fitBoth > 0) style.mixedOrdersFitBoth = counts.fitBoth;
  }
  // One export writes every date one way: a column whose values fit both orders follows the
  // columns of its file that tell (a return date of "03/04" beside a received date of "15/04"),
  // rather than the export's language, which may say otherwise. Only when those agree.
  const told = new Set(numericFields.filter((f) => !styles[f]!.ambiguous).map((f) => styles[f]!.order));
  if (told.size === 1) {
    const [order] = told;
    for (const field of numericFields) if (styles[field]!.ambiguous) styles[field] = { ...styles[field]!, order: order!, ambiguous: false };
  }
  return styles;
}

/**
 * The decimal separator, from every amount: a separator followed by other than three characters
 * at the end, or the later of the two when both appear, is the decimal one ("12,5", "1.234,56" →
 * comma; "1,234.5", "0.50", "24.790000" → dot: exports straight from a shop's database keep its
 * column's four or six decimals, PrestaShop's and Magento's). "1.234" alone says nothing, and the
 * export's language decides. Plain string tests, counted in one pass over the money columns.
 */
async function detectNumbers(
  session: SqlSession,
  moneyHeaders: string[],
  text: ColumnText,
  hints: FormatHints,
  overrides: FormatOverrides,
): Promise<{ numbers: NumberFormat; ambiguous: '.' | ',' | null }> {
  let withCurrencySigns = false;
  if (moneyHeaders.length > 0) {
    const [row] = await session.all(
      `SELECT count(*)::INTEGER AS n FROM (SELECT ${moneyHeaders.map((h, i) => `${text(h)} AS m${i}`).join(', ')} FROM staged_raw AS raw LIMIT ${sampleSize})
       WHERE ${moneyHeaders.map((_, i) => `regexp_matches(m${i}, '[$€£]|[A-Z]{3}|S/')`).join(' OR ')}`,
    );
    withCurrencySigns = Number(row!.n) > 0;
  }
  // the separators are judged on the amount itself: "12,50 €" and "(12,50)" end in two digits after their comma
  const amount = (h: string) => amountText(text(h), withCurrencySigns);
  // with no money column, count(*) keeps the one row an aggregate always gives, even over no rows
  const sum = (evidence: (t: string) => string) => moneyHeaders.map((h) => `count(*) FILTER (WHERE ${evidence(amount(h))})`).join(' + ') || 'count(*) * 0';
  // the last separator is followed by other than three characters (nor by none): in the reversed
  // text it is not at 0 (absent), 1 (at the end) or 4 (before a group of three)
  const afterLast = (t: string, separator: string) => `strpos(reverse(${t}), '${separator}') NOT IN (0, 1, 4)`;
  const [counts] = await session.all(
    `SELECT (${sum((t) => `${t} LIKE '%.%,%' OR (${afterLast(t, ',')} AND NOT contains(${t}, '.'))`)})::BIGINT AS comma,
            (${sum((t) => `${t} LIKE '%,%.%' OR (${afterLast(t, '.')} AND NOT contains(${t}, ','))`)})::BIGINT AS dot,
            (${sum((t) => `contains(${t}, ',')`)})::BIGINT AS any_comma,
            (${sum((t) => `contains(${t}, '.')`)})::BIGINT AS any_dot,
            (${sum((t) => `(contains(${t}, ' ') OR contains(${t}, chr(160)) OR contains(${t}, chr(8239)))`)})::BIGINT AS any_space
     FROM staged_raw AS raw`,
  );
  const count = (key: string) => Number(counts![key]);
  const [comma, dot] = [count('comma'), count('dot')];
  // the character seen: "1.234" alone leaves the dot in doubt, "1,234" alone the comma
  const ambiguous = comma === dot && (count('any_comma') > 0 || count('any_dot') > 0) ? (count('any_dot') > 0 ? '.' : ',') : null;
  const decimalSeparator = overrides.decimalSeparator ?? (comma > dot ? ',' : dot > comma ? '.' : hints.decimalComma ? ',' : '.');
  const other = decimalSeparator === ',' ? '.' : ',';
  const thousandsSeparator = count(other === ',' ? 'any_comma' : 'any_dot') > 0 ? other : count('any_space') > 0 ? ' ' : '';
  return {
    numbers: { decimalSeparator, thousandsSeparator, withCurrencySigns },
    ambiguous: overrides.decimalSeparator === undefined ? ambiguous : null,
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
  return { dates, numbers, ambiguousSeparator: ambiguous };
}
