/**
 * The ways exports write a date, recognised from sample values. Which of day/month comes first
 * is not decided here: that needs every value of the column (value-formats.ts).
 */

export type DateFamily = 'iso' | 'numeric' | 'long' | 'monthName' | 'unknown';
export type DayMonthOrder = 'day-first' | 'month-first';

export interface DateStyle {
  family: DateFamily;
  /** For `numeric`: the separator between day, month and year. */
  separator: '/' | '-' | '.';
  twoDigitYear: boolean;
  /**
   * Times whose AM/PM DuckDB's %p does not read as written: "02:05 p. m.", "2:05 p.m." (Spanish
   * Excel), a no-break space before it (ICU): made " PM" before they are read.
   */
  irregularMeridiem: boolean;
  order: DayMonthOrder;
  /** True when every value fits both orders and the order came from the export's language. */
  ambiguous: boolean;
  /**
   * Values only the other order reads sit beside those only this one reads (two exports pasted
   * into one file): how many values fit both and were read in this order, unsure.
   */
  mixedOrdersFitBoth?: number;
  /** Every value fitted both orders, and this one put that many stored orders on their stored days (stored-order-dates.ts). */
  storedOrdersAgree?: number;
}

const isoDate = /^\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/;
// "3/5/2025, 2:05:09 PM" (Google Sheets), "05/03/2025 02:05 p. m." (Spanish Excel)
const numericDate = /^\d{1,2}([/.-])\d{1,2}\1(\d{2}|\d{4})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?)?$/i;
/** "15 de marzo de 2024 14:32 hs.", "15 de março de 2024" (Mercado Libre / Livre). */
const longDate = /^\d{1,2} de \p{L}+\.? de \d{4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*hs\.?)?$/iu;
/**
 * "Mar 10, 2025 10:15:00 AM", "March 10, 2025", "Sept. 10, 2025, 10:15 AM" (Magento's admin grids,
 * US-English reports; ICU puts a narrow no-break space before the AM).
 */
const monthNameDate = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}(?:,? \d{1,2}:\d{2}(?::\d{2})?(?:[ \u00a0\u202f]?[ap]\.?m\.?)?)?$/i;

/** Whether a value is written as a date in one of the families an export uses. */
export function looksLikeDate(value: string): boolean {
  return isoDate.test(value) || numericDate.test(value) || longDate.test(value) || monthNameDate.test(value);
}

/** The family most sample values belong to, with the separator and year width they use. */
export function recogniseDateFamily(samples: readonly string[]): Omit<DateStyle, 'order' | 'ambiguous'> {
  const counts = { iso: 0, numeric: 0, long: 0, monthName: 0 };
  const separators = new Map<string, number>();
  let twoDigitYears = 0;
  let irregularMeridiems = 0;
  for (const value of samples) {
    if (/([ap]\.\s?m\.?|[\u00a0\u202f][ap]\.?\s?m\.?)$/i.test(value)) irregularMeridiems++;
    if (isoDate.test(value)) counts.iso++;
    else if (longDate.test(value)) counts.long++;
    else if (monthNameDate.test(value)) counts.monthName++;
    else {
      const match = numericDate.exec(value);
      if (match) {
        counts.numeric++;
        separators.set(match[1]!, (separators.get(match[1]!) ?? 0) + 1);
        if (match[2]!.length === 2) twoDigitYears++;
      }
    }
  }
  const best = (Object.entries(counts) as Array<[DateFamily, number]>).sort((a, b) => b[1] - a[1])[0]!;
  const family: DateFamily = best[1] === 0 ? 'unknown' : best[0];
  const separator = ([...separators.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '/') as DateStyle['separator'];
  return { family, separator, twoDigitYear: twoDigitYears > counts.numeric / 2, irregularMeridiem: irregularMeridiems > 0 };
}

/** How the format is reported: "dd/mm/yyyy", "mm-dd-yy", "iso", "d de mmmm de yyyy", "mmm d, yyyy". */
export function dateStyleLabel(style: DateStyle): string {
  if (style.family === 'iso') return 'iso';
  if (style.family === 'long') return 'd de mmmm de yyyy';
  if (style.family === 'monthName') return 'mmm d, yyyy';
  if (style.family === 'unknown') return 'unknown';
  const year = style.twoDigitYear ? 'yy' : 'yyyy';
  const [first, second] = style.order === 'day-first' ? ['dd', 'mm'] : ['mm', 'dd'];
  return [first, second, year].join(style.separator);
}
