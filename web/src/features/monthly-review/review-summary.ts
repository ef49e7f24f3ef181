import type { TFunction } from 'i18next';
import type { Formatters } from '../../lib/format.ts';
import { unknownBecause, type MissingField } from '../dataset/missing-fields.ts';
import { comparedMonthName } from './compared-month.ts';

// The review's written summary: a few sentences generated from the figures, in the reader's
// language, so the meeting starts from what the numbers say rather than from the charts.

export interface ReviewFacts {
  /** YYYY-MM-01 of the month reviewed. */
  month: string;
  /** The month before and the same month a year earlier, over the days they are compared on: whole, or cut short at the same age. */
  previousPeriod: { from: string; to: string };
  yearEarlierPeriod: { from: string; to: string };
  /** The month's return window is still open: its figures can still rise. */
  provisional: boolean;
  /** Its window has closed but some of its returns are still being resolved (the trend's resolutionsSettled): its money and resolution times can still move. */
  resolving: boolean;
  rate: { now: number | null; previous: number | null; yearEarlier: number | null };
  /** What moved the rate most in its direction, and the reason behind it there. */
  driver?: { name: string; reason?: string };
  /** Null where the data does not say; `netCostMissing` is the field the data lacks for the net cost, if any. */
  money: { refunded: number | null; refundedChange: number | null; recovered: number | null; netCost: number | null; netCostMissing?: MissingField };
  preventable?: { share: number | null; topReason?: { name: string; units: number } };
  open?: { count: number; oldestDays: number | null };
  flagged?: { count: number; top?: { sku: string; lift: number | null } };
}

/** Below this a change of rate is noise at the precision shown (0.05 points). */
const flat = 0.0005;

/** Which way a change of rate went, at the precision the review shows it. */
export function direction(change: number): 'up' | 'down' | 'flat' {
  return Math.abs(change) < flat ? 'flat' : change > 0 ? 'up' : 'down';
}

const capitalised = (sentence: string) => sentence.charAt(0).toUpperCase() + sentence.slice(1);

export function reviewSummary(facts: ReviewFacts, t: TFunction, format: Formatters): string[] {
  const sentences: string[] = [];
  const { now, previous, yearEarlier } = facts.rate;
  // Said first: every comparison below reads differently when the month is not final.
  if (facts.provisional) sentences.push(t('review.summary.provisional', { month: format.monthLong(facts.month) }));
  else if (facts.resolving) sentences.push(t('review.summary.resolving', { month: format.monthLong(facts.month) }));

  if (now !== null && previous !== null) {
    const change = now - previous;
    const way = direction(change);
    const values = {
      change: format.percentPoints(Math.abs(change)).replace(/^\+/, ''),
      rate: format.percent(now),
      month: comparedMonthName(facts.previousPeriod, format, t),
      name: facts.driver?.name,
      reason: facts.driver?.reason,
    };
    if (way === 'flat') sentences.push(t('review.summary.rateFlat', values));
    else if (facts.driver?.reason) sentences.push(t(`review.summary.${way}.drivenWithReason`, values));
    else if (facts.driver) sentences.push(t(`review.summary.${way}.driven`, values));
    else sentences.push(t(`review.summary.${way}.plain`, values));
  } else if (now !== null) {
    sentences.push(t('review.summary.rateOnly', { rate: format.percent(now) }));
  }

  if (now !== null && yearEarlier !== null) {
    const change = now - yearEarlier;
    sentences.push(
      t(`review.summary.year.${direction(change)}`, {
        month: comparedMonthName(facts.yearEarlierPeriod, format, t),
        change: format.percentPoints(Math.abs(change)).replace(/^\+/, ''),
        rate: format.percent(yearEarlier),
      }),
    );
  }

  const { refunded, refundedChange, recovered, netCost, netCostMissing } = facts.money;
  const money = {
    refunded: format.money(refunded),
    change: format.signedPercent(refundedChange),
    recovered: format.money(recovered),
    net: format.money(netCost),
  };
  // A figure the data cannot give is said to be unknown, never written as 0 or a dash.
  if (refunded === null) sentences.push(t('review.summary.moneyUnknown'));
  else if (netCost === null) {
    const reason = unknownBecause(netCostMissing, t);
    sentences.push(t(refundedChange === null ? 'review.summary.refundsOnlyNoChange' : 'review.summary.refundsOnly', { ...money, reason }));
  } else sentences.push(t(refundedChange === null ? 'review.summary.moneyNoChange' : 'review.summary.money', money));

  if (facts.preventable?.share != null) {
    const top = facts.preventable.topReason;
    sentences.push(
      t(top ? 'review.summary.preventableTop' : 'review.summary.preventable', {
        share: format.percent(facts.preventable.share, 0),
        reason: top?.name,
        units: top ? format.number(top.units) : undefined,
      }),
    );
  }

  if (facts.open && facts.open.count > 0) {
    sentences.push(
      t('review.summary.open', {
        count: facts.open.count,
        formatted: format.number(facts.open.count),
        days: format.days(facts.open.oldestDays),
      }),
    );
  }

  if (facts.flagged && facts.flagged.count > 0 && facts.flagged.top) {
    sentences.push(
      t('review.summary.flagged', {
        count: facts.flagged.count,
        formatted: format.number(facts.flagged.count),
        sku: facts.flagged.top.sku,
        lift: format.number(facts.flagged.top.lift, 1),
      }),
    );
  }

  return sentences.map(capitalised);
}
