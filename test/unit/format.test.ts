import { describe, expect, it } from 'vitest';
import { createFormatters, type Formatters } from '../../web/src/lib/format.ts';

// Expected strings are written out by hand. Intl separates some parts with no-break spaces,
// so those are spelled as escapes: NBSP = U+00A0. A plain space is U+0020.
const NBSP = '\u00a0';

type Case = [formatter: keyof Formatters, input: number | string | null, expected: string];

const es = createFormatters('es-AR', 'ARS');
const en = createFormatters('en-US', 'ARS');
const enUsd = createFormatters('en-US', 'USD');
const esNoCurrency = createFormatters('es-AR', null);

function run(formatters: Formatters, formatter: keyof Formatters, input: number | string | null): string {
  const format = formatters[formatter] as (value: number | string | null) => string;
  return format(input);
}

describe('format, es-AR with pesos', () => {
  const cases: Case[] = [
    ['number', 1234567, '1.234.567'],
    ['number', 0, '0'],
    ['number', null, '—'],
    ['compactNumber', 12345, `12${NBSP}k`],
    ['compactNumber', 1234567, `1,2${NBSP}M`],
    ['percent', 0.0843, '8,4%'],
    ['percent', 0, '0,0%'],
    ['percent', null, '—'],
    ['signedPercent', 0.032, '+3,2%'],
    ['signedPercent', -0.032, '-3,2%'],
    ['signedPercent', 0, '0,0%'],
    ['percentPoints', 0.004, `+0,4${NBSP}pp`],
    ['percentPoints', -0.0125, `-1,3${NBSP}pp`],
    // A change that rounds to nothing carries no sign.
    ['percentPoints', 0.0001, `0,0${NBSP}pp`],
    ['money', 1234567.5, `$${NBSP}1.234.568`],
    ['money', -1500, `-$${NBSP}1.500`],
    ['compactMoney', 1234567.5, `$1,2${NBSP}M`],
    ['days', 4.25, '4,3 días'],
    ['days', 12, '12,0 días'],
    ['days', null, '—'],
    ['signedDays', -0.5, '-0,5 días'],
    ['signedDays', 1, '+1,0 día'],
    ['date', '2025-10-31', '31 oct 2025'],
    // The first of the month must stay in its month whatever the machine's time zone.
    ['date', '2025-01-01', '1 ene 2025'],
    ['date', null, '—'],
    ['month', '2025-10-01', 'oct 2025'],
    ['monthLong', '2025-10-01', 'octubre de 2025'],
  ];
  it.each(cases)('%s(%j) → %j', (formatter, input, expected) => {
    expect(run(es, formatter, input)).toBe(expected);
  });
});

describe('format, en-US', () => {
  const cases: Case[] = [
    ['number', 1234567, '1,234,567'],
    ['number', 1234.5678, '1,235'],
    ['compactNumber', 12345, '12K'],
    ['percent', 0.0843, '8.4%'],
    ['signedPercent', 0.032, '+3.2%'],
    ['percentPoints', 0.004, `+0.4${NBSP}pp`],
    // Pesos read in English keep their ISO code, so they are never taken for dollars.
    ['money', 1234567.5, `ARS${NBSP}1,234,568`],
    // Short amounts drop the code to fit a card; the exact amount beside them keeps it.
    ['compactMoney', 1234567.5, '$1.2M'],
    ['days', 4.25, '4.3 days'],
    ['signedDays', -0.5, '-0.5 days'],
    ['date', '2025-10-31', 'Oct 31, 2025'],
    ['month', '2025-10-01', 'Oct 2025'],
    ['monthLong', '2025-10-01', 'October 2025'],
  ];
  it.each(cases)('%s(%j) → %j', (formatter, input, expected) => {
    expect(run(en, formatter, input)).toBe(expected);
  });
});

describe('format, other currencies', () => {
  it('writes dollars in en-US with their own symbol', () => {
    expect(enUsd.money(-1234.5)).toBe('-$1,235');
    expect(enUsd.compactMoney(45600)).toBe('$45.6K');
  });
  it('writes a plain number when the data has no currency', () => {
    expect(esNoCurrency.money(1234567.5)).toBe('1.234.568');
  });
  it('accepts a fraction digit count for numbers and percentages', () => {
    expect(es.number(1234.5678, 2)).toBe('1.234,57');
    expect(es.percent(0.08437, 2)).toBe('8,44%');
    expect(en.percent(0.5, 0)).toBe('50%');
  });
});
