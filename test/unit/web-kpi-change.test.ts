import { describe, expect, it } from 'vitest';
import { changeTone, describeChange } from '../../web/src/metrics/kpi-change.ts';
import { createFormatters } from '../../web/src/lib/format.ts';

const format = createFormatters('es-AR', 'ARS');
const NBSP = '\u00a0';

describe('KPI change tone', () => {
  it.each([
    ['a falling return rate', 'rate', { absolute: -0.004, relative: -0.05 }, 'lower', 'good'],
    ['a rising return rate', 'rate', { absolute: 0.004, relative: 0.05 }, 'lower', 'bad'],
    ['a rate change under 0.05 pp', 'rate', { absolute: 0.0004, relative: 0.01 }, 'lower', 'neutral'],
    ['rising recovered value', 'money', { absolute: 1000, relative: 0.1 }, 'higher', 'good'],
    ['falling retained value', 'money', { absolute: -1000, relative: -0.1 }, 'higher', 'bad'],
    ['a rising net cost', 'money', { absolute: 1000, relative: 0.02 }, 'lower', 'bad'],
    ['a slower cycle', 'days', { absolute: 0.5, relative: 0.1 }, 'lower', 'bad'],
    ['no earlier figure', 'rate', { absolute: null, relative: null }, 'lower', 'neutral'],
  ] as const)('%s is %s', (_case, kind, change, better, tone) => {
    expect(changeTone(kind, change, better)).toBe(tone);
  });
});

describe('KPI change text', () => {
  const describe_ = (kind: 'rate' | 'money' | 'days', absolute: number | null, relative: number | null) =>
    describeChange(kind, { absolute, relative }, 'lower', format, (tone) => tone);

  it('writes rates in percentage points', () => {
    expect(describe_('rate', -0.0042, -0.05)).toEqual({
      text: `-0,4${NBSP}pp`,
      direction: 'down',
      tone: 'good',
      description: 'good',
    });
  });
  it('writes amounts as a relative change, or in money when the earlier amount was zero', () => {
    expect(describe_('money', 500, 0.125)?.text).toBe('+12,5%');
    expect(describe_('money', 500, null)?.text).toBe(`$${NBSP}500`);
  });
  it('writes durations in days', () => {
    expect(describe_('days', 1.25, 0.2)?.text).toBe('+1,3 días');
  });
  it('has nothing to say without a comparison', () => {
    expect(describe_('rate', null, null)).toBeUndefined();
  });
});

describe('KPI change between two empty periods', () => {
  it('says nothing rather than "no change of $ 0"', () => {
    expect(describeChange('money', { absolute: 0, relative: null }, 'lower', format, (tone) => tone)).toBeUndefined();
  });
});
