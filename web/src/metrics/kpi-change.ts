import type { ChangeTone, KpiChange } from '../components/KpiCard.tsx';
import type { Formatters } from '../lib/format.ts';

export type KpiKind = 'rate' | 'money' | 'days';
export type BetterDirection = 'lower' | 'higher';

export interface ChangeValues {
  absolute: number | null;
  relative: number | null;
}

// Below these a change is noise at the precision shown: it is neither good nor bad.
const negligible: Record<KpiKind, (change: ChangeValues) => boolean> = {
  rate: ({ absolute }) => Math.abs(absolute ?? 0) < 0.0005,
  money: ({ absolute, relative }) => (relative === null ? absolute === 0 : Math.abs(relative) < 0.0005),
  days: ({ absolute }) => Math.abs(absolute ?? 0) < 0.05,
};

export function changeTone(kind: KpiKind, change: ChangeValues, better: BetterDirection): ChangeTone {
  if (change.absolute === null || negligible[kind](change)) return 'neutral';
  const improved = better === 'lower' ? change.absolute < 0 : change.absolute > 0;
  return improved ? 'good' : 'bad';
}

/** Rates move in percentage points, amounts in percent (their size depends on sales), durations in days. */
export function changeText(kind: KpiKind, change: ChangeValues, format: Formatters): string {
  switch (kind) {
    case 'rate':
      return format.percentPoints(change.absolute);
    case 'money':
      return change.relative === null ? format.money(change.absolute) : format.signedPercent(change.relative);
    case 'days':
      return format.signedDays(change.absolute);
  }
}

export function describeChange(
  kind: KpiKind,
  change: ChangeValues | null | undefined,
  better: BetterDirection,
  format: Formatters,
  toneDescription: (tone: ChangeTone) => string,
): KpiChange | undefined {
  // No earlier figure, or nothing in either period: there is no change to speak of.
  if (!change || change.absolute === null || (change.absolute === 0 && change.relative === null)) return undefined;
  const tone = changeTone(kind, change, better);
  const flat = negligible[kind](change);
  return {
    text: changeText(kind, change, format),
    direction: flat ? 'flat' : change.absolute > 0 ? 'up' : 'down',
    tone,
    description: toneDescription(tone),
  };
}

/** The change between two figures as the API reports it: relative is null when the earlier figure is 0 or missing. */
export function changeBetween(now: number | null, before: number | null): ChangeValues {
  const absolute = now === null || before === null ? null : now - before;
  return { absolute, relative: absolute === null || !before ? null : absolute / Math.abs(before) };
}
