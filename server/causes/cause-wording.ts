// The one-sentence summary of a finding, in Spanish or English, with numbers, money and months
// formatted through Intl for es-AR / en-US like the web app. Reason names are the web app's own
// (web/src/i18n/*.json); test/unit/causes-wording.test.ts keeps the two in step.
import type { CauseDimension, SuspectValues } from './suspects.ts';

export const languages = ['es', 'en'] as const;
export type Language = (typeof languages)[number];

const locales: Record<Language, string> = { es: 'es-AR', en: 'en-US' };

export const reasonLabels: Record<Language, Record<string, string>> = {
  es: {
    size_too_small: 'Talle chico',
    size_too_large: 'Talle grande',
    not_as_described: 'No coincide con la descripción',
    defective: 'Defectuoso',
    damaged_in_transit: 'Dañado en el envío',
    wrong_item: 'Producto equivocado',
    late_delivery: 'Entrega tardía',
    changed_mind: 'Cambio de opinión',
    better_price: 'Mejor precio en otro lado',
    other: 'Otro',
  },
  en: {
    size_too_small: 'Too small',
    size_too_large: 'Too large',
    not_as_described: 'Not as described',
    defective: 'Defective',
    damaged_in_transit: 'Damaged in transit',
    wrong_item: 'Wrong item',
    late_delivery: 'Late delivery',
    changed_mind: 'Changed mind',
    better_price: 'Better price elsewhere',
    other: 'Other',
  },
};

/** What the finding's figures describe, as the sentence needs it. */
export interface FindingFacts {
  dimension: CauseDimension;
  values: SuspectValues;
  category?: string | null;
  /** 'all': the return rate stands out; else the rate of that one reason does. */
  measure: string;
  /** null when the baseline is zero: the comparison has none of these returns at all */
  lift: number | null;
  reason: string;
  reasonShare: number;
  excessValue: number;
  startMonth: string | null;
  endMonth: string | null;
}

interface Phrases {
  /** The multiplier when the baseline is zero. */
  manyTimes: string;
  subject(f: FindingFacts): string;
  /** What the finding is compared with, as the sentence continues after "× more". */
  comparedWith(f: FindingFacts): string;
  rate(subject: string, lift: string, comparedWith: string): string;
  reasonRate(subject: string, lift: string, reason: string, comparedWith: string, share: string): string;
  dominantReason(share: string, reason: string): string;
  excess(money: string): string;
  /** After an amount that adds several currencies: which, and that they are not converted. */
  unconverted(currencies: string): string;
  since(month: string): string;
  until(month: string): string;
  between(start: string, end: string): string;
}

const pairSubject = (f: FindingFacts, joiner: string) =>
  f.dimension === 'carrier_region' ? `${f.values.carrier} ${joiner} ${f.values.region}` : `${f.values.category} ${joiner} ${f.values.channel}`;
const pairHalves = (f: FindingFacts, and: string) =>
  f.dimension === 'carrier_region' ? `${f.values.carrier} ${and} ${f.values.region}` : `${f.values.category} ${and} ${f.values.channel}`;
const isPair = (f: FindingFacts) => f.dimension === 'carrier_region' || f.dimension === 'category_channel';

const phrases: Record<Language, Phrases> = {
  es: {
    manyTimes: 'muchas veces',
    subject: (f) => (isPair(f) ? pairSubject(f, 'en') : (f.values.sku ?? f.values.channel ?? f.values.region ?? f.values.carrier)!),
    comparedWith: (f) =>
      ({
        sku: f.category ? `que el resto de ${f.category}` : 'que el resto de los productos sin categoría',
        channel: 'que los otros canales',
        region: 'que las otras regiones',
        carrier: 'que los otros transportistas',
        carrier_region: `de lo que anticipan ${pairHalves(f, 'y')} por separado`,
        category_channel: `de lo que anticipan ${pairHalves(f, 'y')} por separado`,
      })[f.dimension],
    rate: (subject, lift, comparedWith) => `${subject} se devuelve ${lift} más ${comparedWith}`,
    reasonRate: (subject, lift, reason, comparedWith, share) =>
      `${subject} tiene ${lift} más devoluciones por ${reason} ${comparedWith} (${share} de sus devoluciones)`,
    dominantReason: (share, reason) => `${share} por ${reason}`,
    excess: (money) => `exceso estimado ${money}`,
    unconverted: (currencies) => `(${currencies} sumados sin convertir)`,
    since: (month) => `desde ${month}`,
    until: (month) => `hasta ${month}`,
    between: (start, end) => `de ${start} a ${end}`,
  },
  en: {
    manyTimes: 'many times',
    subject: (f) => (isPair(f) ? pairSubject(f, f.dimension === 'carrier_region' ? 'in' : 'on') : (f.values.sku ?? f.values.channel ?? f.values.region ?? f.values.carrier)!),
    comparedWith: (f) =>
      ({
        sku: f.category ? `the rest of ${f.category}` : 'the other uncategorised products',
        channel: 'the other channels',
        region: 'the other regions',
        carrier: 'the other carriers',
        carrier_region: `${pairHalves(f, 'and')} predict on their own`,
        category_channel: `${pairHalves(f, 'and')} predict on their own`,
      })[f.dimension],
    rate: (subject, lift, comparedWith) => `${subject} comes back ${lift} as often as ${comparedWith}`,
    reasonRate: (subject, lift, reason, comparedWith, share) =>
      `${subject} has ${lift} as many returns for ${reason} as ${comparedWith} (${share} of its returns)`,
    dominantReason: (share, reason) => `${share} for ${reason}`,
    excess: (money) => `estimated excess ${money}`,
    unconverted: (currencies) => `(${currencies} added unconverted)`,
    since: (month) => `since ${month}`,
    until: (month) => `until ${month}`,
    between: (start, end) => `${start}–${end}`,
  },
};

function monthSpan(language: Language, start: string | null, end: string | null): string | null {
  if (!start && !end) return null;
  const locale = locales[language];
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthOnly = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const date = (month: string) => new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  const p = phrases[language];
  if (!end) return p.since(monthYear.format(date(start!)));
  if (!start) return p.until(monthYear.format(date(end)));
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return p.between((sameYear ? monthOnly : monthYear).format(date(start)), monthYear.format(date(end)));
}

/**
 * `currency` labels the money; with several `currencies` there is none to label it (the amounts are
 * added unconverted), and the sentence, which alerts send out where no page's notice goes with it,
 * names them after the amount so it is not read as pesos or dollars.
 */
export function findingSentence(f: FindingFacts, language: Language, currency: string | null, currencies: readonly string[] = []): string {
  const locale = locales[language];
  const p = phrases[language];
  const lift =
    f.lift === null ? p.manyTimes : `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(f.lift)}×`;
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(f.reasonShare);
  const money = new Intl.NumberFormat(locale, {
    ...(currency ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol' } : {}),
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(f.excessValue);
  const reason = reasonLabels[language][f.reason] ?? f.reason;
  const subject = p.subject(f);
  const parts =
    f.measure === 'all'
      ? [p.rate(subject, lift, p.comparedWith(f)), p.dominantReason(share, reason)]
      : [p.reasonRate(subject, lift, reason, p.comparedWith(f), share)];
  const several = currencies.length > 1 ? ` ${p.unconverted(new Intl.ListFormat(locale, { type: 'conjunction' }).format(currencies))}` : '';
  parts.push(p.excess(money) + several);
  const span = monthSpan(language, f.startMonth, f.endMonth);
  if (span) parts.push(span);
  return parts.join('; ');
}
