import { preventableColors } from '../../lib/palette.ts';
import type { Finding } from './use-causes.ts';

const width = 180;
const height = 44;
const pad = 3;

function path(values: readonly (number | null)[], y: (value: number) => number, step: number): string {
  let d = '';
  let penDown = false;
  values.forEach((value, index) => {
    if (value === null) {
      penDown = false;
      return;
    }
    d += `${penDown ? 'L' : 'M'}${(pad + index * step).toFixed(1)} ${y(value).toFixed(1)}`;
    penDown = true;
  });
  return d;
}

/**
 * A finding's monthly rate (solid) against its baseline (dashed grey): whether the excess is
 * steady, new or fading. Decorative: the card states the figures in words.
 */
export function RateVsBaseline({ series }: { series: Finding['series'] }) {
  const rates = series.map((month) => month.rate);
  const baselines = series.map((month) => month.baselineRate);
  const all = [...rates, ...baselines].filter((value): value is number => value !== null);
  if (all.length < 2) return null;
  const max = Math.max(...all) || 1;
  const y = (value: number) => height - pad - (value / max) * (height - pad * 2);
  const step = (width - pad * 2) / Math.max(series.length - 1, 1);
  return (
    <svg className="rate-vs-baseline" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <path d={path(baselines, y, step)} fill="none" stroke="#7b8595" strokeWidth={1.25} strokeDasharray="3 2" />
      <path d={path(rates, y, step)} fill="none" stroke={preventableColors.preventable} strokeWidth={1.75} />
    </svg>
  );
}
