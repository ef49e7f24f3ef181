import type { TFunction } from 'i18next';

/** The return windows a monthly answer (the trend, the reasons by month) judged maturity by. */
export interface ReturnWindow {
  /** The policy window (INVERSA_RETURN_WINDOW_DAYS). */
  returnWindowDays: number;
  /** The one maturity was judged by: the longer of the policy window and the learnt one (95 % of the data's returns). */
  windowDays: number;
}

/**
 * The window the provisional note names, as a phrase: the policy's days, or, when the shop's own
 * returns come later than the policy allows and so keep months open longer, the days actually used
 * and why. Naming only the policy's 30 days under a chart whose year-old months are still dashed
 * would contradict the chart.
 */
export function provisionalWindow(window: ReturnWindow | undefined, t: TFunction): string {
  if (!window) return t('charts.provisional.window', { days: '—' });
  const judged = Math.ceil(window.windowDays);
  return judged > window.returnWindowDays
    ? t('charts.provisional.learntWindow', { days: judged, policy: window.returnWindowDays })
    : t('charts.provisional.window', { days: window.returnWindowDays });
}
