import { sqlString } from '../sql-text.ts';
import type { DateStyle } from './date-styles.ts';

/**
 * SQL expressions that turn a trimmed source text (itself an SQL expression, NULL when blank)
 * into a typed value, NULL when the text is not one. Only detected formats reach here, never
 * user text: the caller quotes identifiers, and values stay in the data.
 */

export interface NumberFormat {
  decimalSeparator: '.' | ',';
  thousandsSeparator: '' | '.' | ',' | ' ';
  /** Some amounts carry a currency sign or code ("$ 1.234,56", "R$ 10,00", "12.50 EUR"). */
  withCurrencySigns: boolean;
}

/**
 * "#1001" and "1001" are the same order in different exports. Only a value that starts with '#'
 * is stripped: ltrim over every value of ten million rows cost 0.7 s against 0.4 s.
 */
export function orderRefSql(text: string): string {
  return `nullif(trim(CASE WHEN starts_with(${text}, '#') THEN ltrim(${text}, '#') ELSE ${text} END), '')`;
}

/**
 * A customer is often known by an email, typed with capitals on one order and without on the next,
 * or written so by one tool and not another: an email is compared without its capitals. Other ids
 * stay as written ("C7" and "c7" may be two customers). A placeholder for an anonymous buyer is no
 * customer, as a blank is (the macro anonymous_customer, schema.sql): read as one, every walk-in sale
 * was one customer's, who returned and bought again (a repeat rate of 100 %) and was a serial returner.
 */
export function customerRefSql(text: string): string {
  return `(CASE WHEN anonymous_customer(${text}) THEN NULL WHEN contains(${text}, '@') THEN lower(${text}) ELSE ${text} END)`;
}

// the space beside a sign may be a no-break one ("12,50\u00a0€" from a spreadsheet's currency format)
const space = '[\\s\\x{00a0}\\x{202f}]';
// the code before a dollar sign first ("COP $" is one sign), and "U$S" before "U$"
const signBefore = `(?:U\\$S|[A-Z]{3}${space}*\\$|[A-Z]{0,3}\\$|[A-Z]{3}|S/\\.?|€|£)`;
// after the amount, as Spanish, French and Portuguese locales write a sign: "12,50 $", "12.50$", "100,00 R$"
const signAfter = '(?:U\\$S|[A-Z]{0,3}\\$|[A-Z]{3}|€|£)';

/**
 * The amount without a currency sign or code before or after it, a minus before the sign kept:
 * "$ 1.234,56", "12,50 €", "12,50 $", "-$50.00" → "1.234,56", "12,50", "12,50", "-50.00". Latin
 * American signs too: "AR$", "MX$", "CLP$", "COP $", "MXN $1.00", "U$S", Peru's "S/" (or "S/.").
 */
function withoutCurrencySigns(text: string): string {
  return `regexp_replace(${text}, '^(-?)${signBefore}${space}*|${space}*${signAfter}$', '\\1', 'g')`;
}

/**
 * A negative amount written the accountant's way, its minus made plain and put before it:
 * "(12,50)", "$ (12,50)" and "($ 12,50)" as Excel's accounting and currency formats write one,
 * "12,50-" as SAP exports do, "- 12,50" closed up. Read as they are, none is a number, and a
 * refund or a credit note's price so written was lost. Only brackets around the figures, with
 * none outside, make it negative: "1.234,50 (USD)" stays no number. A minus and brackets both
 * ("(-12,50)") make "--12,50": no number. Only a value with a bracket or a minus pays for the
 * pattern.
 */
function withMinusBefore(text: string): string {
  return `(CASE WHEN contains(${text}, '(') OR contains(${text}, '-') THEN regexp_replace(${text}, '^([^(\\d]*)\\(([^)]*\\d[^)]*)\\)(\\D*)$|^(.*\\d)-$|^-${space}+', '-\\1\\2\\3\\4') ELSE ${text} END)`;
}

/** The amount alone, as the separators are judged and read: its minus before it, its currency sign dropped. */
export function amountText(text: string, withCurrencySigns: boolean): string {
  const signed = withMinusBefore(text);
  return withCurrencySigns ? withoutCurrencySigns(signed) : signed;
}

/** A thousands separator as a pattern; a space is often a no-break one (U+00A0, or U+202F in French locales). */
const thousandsPattern = { '.': '\\.', ',': ',', ' ': space } as const;

/**
 * The text with the number format's separators made plain: "1.234,56" → "1234.56". A thousands
 * separator that does not end a group of three digits before the decimal part ("12.50", "0.5",
 * "24.790000" or "1,234.56" where the comma is the decimal one; "12 50", "1 23,50"), that follows
 * four digits ("1234.567,00"), or that follows a leading zero ("0.125", "0 125": no thousand is
 * written so), is an amount written another way, as in two exports pasted into one file: NULL, so
 * the row is refused rather than read ×100.
 */
function plainNumberText(text: string, format: NumberFormat): string {
  let plain = amountText(text, format.withCurrencySigns);
  if (format.thousandsSeparator !== '') {
    const thousands = thousandsPattern[format.thousandsSeparator];
    const decimal = format.decimalSeparator === '.' ? '\\.' : ',';
    // followed by up to two digits and no more, or by four or more; after four digits ("1234.567,00":
    // a first group has three at most); after the decimal separator; or after a leading zero (the
    // amount's first digit: "1.000.000" has no leading zero)
    const misplaced = `${thousands}(\\d{0,2}(\\D|$)|\\d{4})|\\d{4}${thousands}|${decimal}\\d*${thousands}|^[-+]?0+${thousands}`;
    // a dot or a comma is found and dropped without a pattern: cheaper over ten million values
    const separator = sqlString(format.thousandsSeparator);
    const [present, dropped] =
      format.thousandsSeparator === ' '
        ? [`regexp_matches(${plain}, '${space}')`, `regexp_replace(${plain}, '${space}', '', 'g')`]
        : [`contains(${plain}, ${separator})`, `replace(${plain}, ${separator}, '')`];
    plain = `CASE WHEN NOT ${present} THEN ${plain} WHEN NOT regexp_matches(${plain}, '${misplaced}') THEN ${dropped} END`;
  }
  if (format.decimalSeparator === ',') plain = `replace(${plain}, ',', '.')`;
  return plain;
}

/**
 * An amount with an exponent ("1,23E+05", "1.23e5") is no amount: a spreadsheet writes one so when
 * its column was too narrow for the number, whose last digits are gone; a cast would read it as
 * 123000, so it is NULL and its row refused. In a file whose amounts carry currency signs, a dash
 * alone ("$ -", "$-", "-") is a spreadsheet's accounting format writing 0.
 */
export function moneySql(text: string, format: NumberFormat): string {
  const exponent = `(contains(${text}, 'E') OR contains(${text}, 'e')) AND regexp_matches(${text}, '\\d${space}*[eE][-+]?\\d')`;
  const accountingZero = format.withCurrencySigns ? ` WHEN contains(${text}, '-') AND regexp_full_match(${text}, '${signBefore}?${space}*-${space}*${signAfter}?') THEN 0::DECIMAL(18,4)` : '';
  return `(CASE WHEN ${exponent} THEN NULL${accountingZero} ELSE TRY_CAST(${plainNumberText(text, format)} AS DECIMAL(18,4)) END)`;
}

/**
 * A count read as a decimal first: "2.0" is 2, "2.5" is not a whole number (a plain cast to
 * INTEGER would round it to 3). The caller checks the result is whole.
 */
export function countAsDecimalSql(text: string, format: NumberFormat): string {
  return moneySql(text, { ...format, withCurrencySigns: false });
}

export function wholeNumberSql(decimal: string): string {
  return `CASE WHEN ${decimal} = trunc(${decimal}) AND abs(${decimal}) < 2147483647 THEN ${decimal}::INTEGER END`;
}

const monthNumbers: Array<[number, string[]]> = [
  [1, ['enero', 'janeiro', 'ene', 'jan']],
  [2, ['febrero', 'fevereiro', 'feb', 'fev']],
  [3, ['marzo', 'marco', 'mar']],
  [4, ['abril', 'abr']],
  [5, ['mayo', 'maio', 'may', 'mai']],
  [6, ['junio', 'junho', 'jun']],
  [7, ['julio', 'julho', 'jul']],
  [8, ['agosto', 'ago']],
  [9, ['septiembre', 'setiembre', 'setembro', 'sep', 'set']],
  [10, ['octubre', 'outubro', 'oct', 'out']],
  [11, ['noviembre', 'novembro', 'nov']],
  [12, ['diciembre', 'dezembro', 'dic', 'dez']],
];

function numericDateFormats(style: DateStyle, year: '%y' | '%Y'): string {
  const s = style.separator;
  const date = style.order === 'day-first' ? `%d${s}%m${s}${year}` : `%m${s}%d${s}${year}`;
  const formats = [`${date} %H:%M:%S`, `${date} %H:%M`, date, `${date} %I:%M:%S %p`, `${date} %I:%M %p`, `${date}T%H:%M:%S`, `${date}, %H:%M:%S`, `${date}, %H:%M`, `${date}, %I:%M:%S %p`, `${date}, %I:%M %p`];
  return `[${formats.map(sqlString).join(', ')}]`;
}

/**
 * Each value read with its own year width, whatever the sample's majority: one column can hold
 * "12/06/2010 10:08" and "2/20/11 11:39" (UCI Online Retail), and `%Y` would take "11" for the
 * year 11. A list of both widths for try_strptime costs 45 times more than this test per value:
 * its misses are slow.
 */
function numericTimestampSql(rawText: string, style: DateStyle): string {
  // "p. m.", "p.m." and a no-break space before "PM" made " PM", as DuckDB's %p reads it; only where
  // the column has them, not over every value of ten million rows
  const text = style.irregularMeridiem
    ? `regexp_replace(${rawText}, '[\\s\\x{00a0}\\x{202f}]*([AaPp])\\.?[\\s\\x{00a0}\\x{202f}]?[Mm]\\.?$', ' \\1M')`
    : rawText;
  const s = style.separator === '.' ? '\\.' : style.separator;
  const fourDigitYear = `regexp_matches(${text}, '^\\d{1,2}${s}\\d{1,2}${s}\\d{4}')`;
  return `CASE WHEN ${fourDigitYear} THEN try_strptime(${text}, ${numericDateFormats(style, '%Y')}) ELSE try_strptime(${text}, ${numericDateFormats(style, '%y')}) END`;
}

/**
 * A timestamp in its detected style. A UTC offset is dropped, not applied: the shop's wall-clock
 * time is its business day (docs/design.md, "The data model"). An impossible date (31/02/2025)
 * gives NULL, and so does one before 1990 or from 2100 on: no export holds an order, return or
 * delivery then. Such a date is a placeholder for "no date" ("1900-01-01", "9999-12-31",
 * "infinity") or a year typed wrong ("2925"); read as a date it stretched the data's range to it,
 * so that every month was judged final against it, or broke every request. NULL makes its row
 * rejected, named, as any unreadable date.
 */
export function timestampSql(text: string, style: DateStyle): string {
  // each bound clamped to, then taken out: the parse is written, and computed, once
  const [from, until] = [1990, 2100].map((year) => `TIMESTAMP '${year}-01-01'`);
  return `nullif(nullif(least(greatest(${parsedTimestampSql(text, style)}, ${from} - INTERVAL 1 MICROSECOND), ${until}), ${from} - INTERVAL 1 MICROSECOND), ${until})`;
}

// figures one of the dates below is written with: only a value with one is parsed again
const noDateYetFigures = ['9999', '0000', '1900', '1899', '1753', '0001', '1970', 'nfinity'];

/**
 * Whether a text is a date written for "no date yet", as ERPs fill a date column they must not
 * leave blank (an open return's resolution, an order not delivered): a zero date ("0000-00-00",
 * "00/00/0000"), infinity, the system's last date (any day of 9999: "9999-12-31", "31/12/9999"),
 * its first (1900-01-01 or earlier: Excel's 1899-12-30, SQL Server's 1753-01-01, .NET's
 * 0001-01-01) or the Unix epoch (1970-01-01). Not a year typed wrong ("2925", "1925"): that is
 * a date misread, its row rejected by timestampSql.
 */
export function noDateYetSql(text: string, style: DateStyle): string {
  const parsed = parsedTimestampSql(text, style);
  const written = noDateYetFigures.map((figure) => `contains(${text}, '${figure}')`).join(' OR ');
  const zeroOrInfinity = `regexp_full_match(${text}, '[-+]?infinity|0+[-/.]0+[-/.]0+([ T].*)?', 'i')`;
  const farOff = `isinf(${parsed}) OR year(${parsed}) = 9999 OR ${parsed} < TIMESTAMP '1900-01-02' OR ${parsed}::DATE = DATE '1970-01-01'`;
  return `coalesce((${written}) AND (${zeroOrInfinity} OR ${farOff}), false)`;
}

function parsedTimestampSql(text: string, style: DateStyle): string {
  switch (style.family) {
    case 'numeric':
      return numericTimestampSql(text, style);
    case 'long': {
      const part = (pattern: string) => `TRY_CAST(regexp_extract(${text}, '${pattern}', 1) AS BIGINT)`;
      const monthName = `strip_accents(lower(regexp_extract(${text}, '^\\d{1,2} de (\\p{L}+)', 1)))`;
      const month = `CASE ${monthName} ${monthNumbers.map(([n, names]) => names.map((name) => `WHEN '${name}' THEN ${n}`).join(' ')).join(' ')} END`;
      return `try(make_timestamp(${part('(\\d{4})')}, ${month}, ${part('^(\\d{1,2})')}, coalesce(${part('(\\d{1,2}):\\d{2}')}, 0), coalesce(${part('\\d{1,2}:(\\d{2})')}, 0), 0))`;
    }
    case 'monthName': {
      // DuckDB's %b and %B read English month names in any case, "Sep" but not "Sept", and want
      // "10:15 AM": no-break spaces made plain, the month's dot and the comma after the year dropped,
      // "10:15AM" and "1:05 p.m." spaced and spelt as it reads them
      const dates = ['%b %d, %Y', '%B %d, %Y'];
      const times = [' %I:%M:%S %p', ' %I:%M %p', ' %H:%M:%S', ' %H:%M', ''];
      const formats = dates.flatMap((date) => times.map((time) => `${date}${time}`));
      const steps: Array<[pattern: string, replacement: string, flags?: string]> = [
        ['[\\x{00a0}\\x{202f}]', ' ', 'g'],
        ['^(\\pL+)\\.', '\\1'],
        ['^(?i)sept\\b', 'Sep'],
        ['(\\d{4}),', '\\1'],
        ['(\\d)\\s*([AaPp])\\.?[Mm]\\.?$', '\\1 \\2M'],
      ];
      const plain = steps.reduce((sql, [pattern, replacement, flags]) => `regexp_replace(${sql}, '${pattern}', '${replacement}'${flags ? `, '${flags}'` : ''})`, text);
      return `try_strptime(${plain}, [${formats.map(sqlString).join(', ')}])`;
    }
    case 'iso':
    case 'unknown':
      // a plain cast reads ISO dates and keeps the wall clock of "…-04:00"; " -0400" needs the offset cut
      return `coalesce(TRY_CAST(${text} AS TIMESTAMP), TRY_CAST(regexp_replace(${text}, '\\s*(Z|[+-]\\d{2}:?\\d{2})$', '') AS TIMESTAMP))`;
  }
}
