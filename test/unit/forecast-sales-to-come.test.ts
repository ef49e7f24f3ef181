import { describe, expect, it } from 'vitest';
import { salesToCome } from '../../server/forecast/sales-to-come.ts';

// Days are counted from the first forecast day (0); the data's sales are on the days before it.
describe('salesToCome: the sales the forecast weeks will still bring', () => {
  it('takes the same days a year earlier, scaled by the last four weeks against theirs, where the data holds a year and four weeks', () => {
    // 10 a day until day −301, 20 a day after; 50 on day −350, a sale day a year before day 14
    const unitsOn = (day: number) => (day === -350 ? 50 : day <= -301 ? 10 : 20);
    const assumed = salesToCome(unitsOn, -500);
    expect(assumed.method).toBe('seasonal');
    // the last 28 days sold 560, the same 28 days a year earlier (days −392 to −365) 280
    expect(assumed.yearOverYear).toBe(2);
    // day d sells as day d − 364 did, twice over: 20 a day, and 100 on day 14
    expect(assumed.sales).toHaveLength(56);
    expect(assumed.sales[0]).toEqual({ day: 0, units: 20 });
    expect(assumed.sales[14]).toEqual({ day: 14, units: 100 });
    expect(assumed.dailyUnits).toBeCloseTo((55 * 20 + 100) / 56, 12);
    // tried from the past starts a week apart whose year and four weeks the data holds: from day −56
    // back to −105 (−105 − 392 ≥ −500; −112 − 392 is not)
    expect(assumed.pastMisses).toHaveLength(8);
  });

  it('says how the assumption missed from each past start, week by week', () => {
    // a steady 10 a day, then 30 a day from day −30: the run-rate tried from day −56 foresaw 10 a
    // day; its weeks 1–3 (days −56 to −36) came as foreseen, week 4 (days −35 to −29) sold 5 × 10 +
    // 2 × 30 = 110 of 70, and weeks 5–8 three times over
    const assumed = salesToCome((day) => (day >= -30 ? 30 : 10), -200);
    expect(assumed.method).toBe('runRate');
    expect(assumed.pastMisses[0]).toEqual([1, 1, 1, 110 / 70, 3, 3, 3, 3]);
    // the last 28 days ran at 30
    expect(assumed.dailyUnits).toBe(30);
  });

  it('runs at the rate of the days it has when the data is shorter than four weeks, with no past start to try', () => {
    // 5 a day on the data's 10 days, none before them: 50 over 10 days, not over 28
    const assumed = salesToCome((day) => (day >= -10 ? 5 : 0), -10);
    expect(assumed).toMatchObject({ method: 'runRate', dailyUnits: 5, yearOverYear: null, pastMisses: [] });
  });
});
