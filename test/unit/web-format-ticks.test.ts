import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../web/src/lib/format.ts';

const es = createFormatters('es-AR', 'ARS');
const en = createFormatters('en-US', 'ARS');

describe('axis ticks and timestamps', () => {
  it.each([
    [0, '0%', '0%'],
    [0.05, '5%', '5%'],
    [0.025, '2,5%', '2.5%'],
    [0.075, '7,5%', '7.5%'],
    [0.1, '10%', '10%'],
  ])('a tick of %d reads %s in Spanish and %s in English', (value, spanish, english) => {
    expect(es.percentTick(value)).toBe(spanish);
    expect(en.percentTick(value)).toBe(english);
  });

  it('prints a timestamp as the shop\'s wall-clock time, never shifted by a zone', () => {
    expect(en.dateTime('2026-03-01T23:30:00')).toBe('3/1/26, 11:30 PM');
    expect(es.dateTime('2026-03-01T23:30:00')).toMatch(/^1\/3\/26,? 23:30$|^1\/3\/26,? 11:30\sp\.\sm\.$/);
    expect(es.dateTime(null)).toBe('—');
    expect(es.dateTime('not a date')).toBe('—');
  });
});
