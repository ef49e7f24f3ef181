// Every number, amount and date on screen goes through these formatters, so one locale switch
// changes them all. Values the API leaves null (a rate over zero sales, a percentile over no
// returns) show as a dash rather than a misleading zero.

const MISSING = '—';

/** Change of a rate, shown in percentage points; the space before "pp" must not wrap. */
const POINTS_SUFFIX = '\u00a0pp';

export interface Formatters {
  /** Plain count or quantity, grouped for the locale. */
  number(value: number | null | undefined, fractionDigits?: number): string;
  /** Axis ticks: 12 k, 1,2 M. */
  compactNumber(value: number | null | undefined): string;
  /** A fraction as a percentage: 0.084 → 8,4 %. */
  percent(value: number | null | undefined, fractionDigits?: number): string;
  /** An axis tick as a percentage: whole percents bare (5 %), others with one decimal (2,5 %). */
  percentTick(value: number): string;
  /** A relative change, always signed: 0.032 → +3,2 %. */
  signedPercent(value: number | null | undefined): string;
  /** The difference of two rates in percentage points: 0.004 → +0,4 pp. */
  percentPoints(value: number | null | undefined): string;
  /** An amount in the data's currency, whole units. */
  money(value: number | null | undefined): string;
  /** An amount in the data's currency, shortened for cards and axes. */
  compactMoney(value: number | null | undefined): string;
  /** A duration in days, one decimal. */
  days(value: number | null | undefined): string;
  /** A change of a duration in days, always signed. */
  signedDays(value: number | null | undefined): string;
  /** A calendar date given as YYYY-MM-DD. */
  date(isoDate: string | null | undefined): string;
  /** A timestamp given as YYYY-MM-DDTHH:MM:SS, the shop's wall-clock time: short date and time. */
  dateTime(isoTimestamp: string | null | undefined): string;
  /** A month given as YYYY-MM-01, short (axes). */
  month(isoDate: string | null | undefined): string;
  /** A month given as YYYY-MM-01, spelled out (tooltips, titles). */
  monthLong(isoDate: string | null | undefined): string;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Timestamps from the API are the shop's wall-clock time with no zone: read them as UTC so nothing shifts. */
function parseIsoTimestamp(isoTimestamp: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(isoTimestamp);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi));
}

/** Dates from the API are calendar days with no zone: read and print them in UTC so no offset shifts them. */
function parseIsoDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export function createFormatters(locale: string, currency: string | null): Formatters {
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (fractionDigits: number) => {
    let format = numberFormats.get(fractionDigits);
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      });
      numberFormats.set(fractionDigits, format);
    }
    return format;
  };
  const compactNumber = new Intl.NumberFormat(locale, { notation: 'compact' });
  const percentFormats = [0, 1, 2].map(
    (digits) =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  );
  const signedPercent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const signedOneDecimal = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const moneyOptions: Intl.NumberFormatOptions = currency ? { style: 'currency', currency } : {};
  const money = new Intl.NumberFormat(locale, { ...moneyOptions, maximumFractionDigits: 0 });
  // Short amounts (cards, axes) use the bare symbol to fit; exact amounts keep the locale's
  // own choice, which in English spells out ARS so pesos are not read as dollars.
  const compactMoney = new Intl.NumberFormat(locale, {
    ...moneyOptions,
    ...(currency ? { currencyDisplay: 'narrowSymbol' } : {}),
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const days = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const signedDays = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthLong = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });

  const formatNumber = (format: Intl.NumberFormat) => (value: number | null | undefined) =>
    isNumber(value) ? format.format(value) : MISSING;
  const formatDate = (format: Intl.DateTimeFormat) => (isoDate: string | null | undefined) => {
    const parsed = isoDate ? parseIsoDate(isoDate) : null;
    return parsed ? format.format(parsed) : MISSING;
  };

  return {
    number: (value, fractionDigits = 0) => (isNumber(value) ? numberFormat(fractionDigits).format(value) : MISSING),
    compactNumber: formatNumber(compactNumber),
    percent: (value, fractionDigits = 1) =>
      isNumber(value) ? (percentFormats[fractionDigits] ?? percentFormats[1]!).format(value) : MISSING,
    percentTick: (value) => {
      const whole = Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;
      return (whole ? percentFormats[0]! : percentFormats[1]!).format(value);
    },
    signedPercent: formatNumber(signedPercent),
    percentPoints: (value) => (isNumber(value) ? signedOneDecimal.format(value * 100) + POINTS_SUFFIX : MISSING),
    money: formatNumber(money),
    compactMoney: formatNumber(compactMoney),
    days: formatNumber(days),
    signedDays: formatNumber(signedDays),
    date: formatDate(date),
    dateTime: (isoTimestamp) => {
      const parsed = isoTimestamp ? parseIsoTimestamp(isoTimestamp) : null;
      return parsed ? dateTime.format(parsed) : MISSING;
    },
    month: formatDate(month),
    monthLong: formatDate(monthLong),
  };
}
