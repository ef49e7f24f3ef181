import { looksLikeDate } from '../values/date-styles.ts';
import { matchReturnFlag } from '../vocabulary-matching.ts';
import { foldHeader, meaningful } from './header-matching.ts';

/** What the values of one column look like, counted over a sample of its rows. */
export interface ColumnEvidence {
  /** Non-blank values in the sample. */
  values: number;
  distinct: number;
  /** The rows of the value written most often: a placeholder ("-", "N/A") shows here. */
  mostRepeated: number;
  /** That value (the first to reach that count), undefined when there is none. */
  mostRepeatedValue: string | undefined;
  /** Whole numbers ("3", "-2", "3.0"). */
  integers: number;
  /** Numbers in either decimal style, with or without a currency sign. */
  numbers: number;
  negatives: number;
  /** The largest whole number seen, null when none. */
  maxInteger: number | null;
  dates: number;
  /** Values that say returned or not returned: "Yes", "No", "Sí", "Devuelto", "1", "0"… */
  flags: number;
}

const wholeNumber = /^[-+]?\d+(?:[.,]0+)?$/;
const number = /^[-+]?\s*(?:[A-Z]{3}|R\$|US\$|\$|€|£)?\s*[-+]?\d[\d.,\s]*(?:\s*(?:[A-Z]{3}|€))?$/;

/** Counts, per column, how its sampled values read. */
export function collectEvidence(headers: readonly string[], rows: ReadonlyArray<Record<string, string | null>>): Record<string, ColumnEvidence> {
  const evidence: Record<string, ColumnEvidence> = {};
  for (const header of headers) {
    const seen = new Map<string, number>();
    const e: ColumnEvidence = { values: 0, distinct: 0, mostRepeated: 0, mostRepeatedValue: undefined, integers: 0, numbers: 0, negatives: 0, maxInteger: null, dates: 0, flags: 0 };
    for (const row of rows) {
      const value = row[header]?.trim();
      if (!value) continue;
      e.values++;
      const times = (seen.get(value) ?? 0) + 1;
      seen.set(value, times);
      if (times > e.mostRepeated) [e.mostRepeated, e.mostRepeatedValue] = [times, value];
      if (wholeNumber.test(value)) {
        e.integers++;
        const n = Number.parseInt(value, 10);
        e.maxInteger = e.maxInteger === null ? n : Math.max(e.maxInteger, n);
      }
      if (number.test(value)) e.numbers++;
      if (/^\s*-/.test(value)) e.negatives++;
      if (looksLikeDate(value)) e.dates++;
      if (matchReturnFlag(value) !== null) e.flags++;
    }
    e.distinct = seen.size;
    evidence[header] = e;
  }
  return evidence;
}

// Words that make a column a place, whatever else its header says ("customer_location").
const placeWords = new Set([
  'location', 'city', 'town', 'address', 'zip', 'postal', 'postcode', 'state', 'province', 'region', 'country',
  'ciudad', 'localidad', 'direccion', 'provincia', 'pais', 'domicilio', 'cidade', 'endereco', 'cep', 'estado',
]);

const mostly = 0.5;
const share = (part: number, e: ColumnEvidence) => (e.values === 0 ? 1 : part / e.values);
const percent = (part: number, e: ColumnEvidence) => `${Math.round(share(part, e) * 100)} %`;

export type FieldKindForEvidence = 'timestamp' | 'integer' | 'money' | 'flag' | 'customer' | 'other';

/** Values enough to overrule a header that names its field plainly. */
const valuesToOverruleAName = 20;

/**
 * Why a column's values (or its header's place words) say it is not the field a header match
 * proposed, or undefined when nothing contradicts the pairing. Most values must disagree: a few
 * unreadable ones are the rows' problems, reported one by one, not the column's. A header that
 * names its field plainly (`confidence` 0.9 or more) is overruled only by a sample large enough
 * to speak for the column; below that its bad values are rejected row by row, each named.
 * Counts in a yes/no column, a column of which no value says yes or no taken as the flag ("Devolución"
 * holding ids like DEV-1023), and a place for a customer overrule any header.
 */
export function contradiction(kind: FieldKindForEvidence, header: string, e: ColumnEvidence | undefined, confidence = 0): string | undefined {
  if (kind === 'customer' && meaningful(foldHeader(header)).some((w) => placeWords.has(w))) return `"${header}" names a place, not a customer`;
  if (!e || e.values === 0) return undefined;
  if (kind === 'flag' && share(e.integers, e) >= 0.9 && (e.maxInteger ?? 0) > 1) return `its values are counts up to ${e.maxInteger}, not a yes/no flag`;
  if (kind === 'flag' && e.flags === 0) return 'none of its values say returned or not';
  if (confidence >= 0.9 && e.values < valuesToOverruleAName) return undefined;
  switch (kind) {
    case 'timestamp':
      return share(e.dates, e) < mostly ? `only ${percent(e.dates, e)} of its values are dates` : undefined;
    case 'integer':
      return share(e.integers, e) < mostly ? `only ${percent(e.integers, e)} of its values are whole numbers` : undefined;
    case 'money':
      return share(e.numbers, e) < mostly ? `only ${percent(e.numbers, e)} of its values are numbers` : undefined;
    case 'flag':
      return share(e.flags, e) < mostly ? `only ${percent(e.flags, e)} of its values say returned or not` : undefined;
    default:
      return undefined;
  }
}

/** A short account of what the values are, for the preview beside each pairing. */
export function describeEvidence(e: ColumnEvidence | undefined): string | undefined {
  if (!e || e.values === 0) return undefined;
  if (share(e.flags, e) >= 0.9 && (e.maxInteger ?? 0) <= 1) return `${e.distinct} distinct yes/no values`;
  if (share(e.integers, e) >= 0.9) return `whole numbers up to ${e.maxInteger}${e.negatives > 0 ? `, ${e.negatives} negative` : ''}`;
  if (share(e.dates, e) >= 0.8) return `${percent(e.dates, e)} dates`;
  if (share(e.numbers, e) >= 0.9) return `numbers${e.negatives > 0 ? `, ${e.negatives} negative` : ''}`;
  return `text, ${e.distinct} distinct in ${e.values} values`;
}
