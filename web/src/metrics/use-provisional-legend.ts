import { useTranslation } from 'react-i18next';
import type { LegendItem } from '../components/charts/ChartLegend.tsx';
import { neutralColor } from '../lib/palette.ts';
import { provisionalWindow, type ReturnWindow } from './provisional-window.ts';
import { isSettled, type SettledBy, type SettlingMonth } from './settled-months.ts';

/**
 * The legend entry for provisional months (dashed lines, or hatched bars) and the sentence
 * saying why, with the return window the server judged maturity by (provisional-window.ts) (and, for figures made of
 * resolutions, the returns still to be resolved). Nothing when every month on the chart is final.
 */
export function useProvisionalLegend(
  rows: readonly SettlingMonth[],
  returnWindow: ReturnWindow | undefined,
  marks: 'lines' | 'barsAndLines' = 'lines',
  settledBy: SettledBy = 'requests',
): { item: LegendItem; note: string } | undefined {
  const { t } = useTranslation();
  if (rows.every((row) => isSettled(row, settledBy))) return undefined;
  const window = provisionalWindow(returnWindow, t);
  const resolutions = settledBy === 'resolutions';
  return marks === 'lines'
    ? {
        item: { label: t('charts.provisional.label'), color: neutralColor, mark: 'dashed-line' },
        note: t(resolutions ? 'charts.provisional.resolutionsLinesNote' : 'charts.provisional.linesNote', { window }),
      }
    : {
        item: { label: t('charts.provisional.label'), color: neutralColor, mark: 'hatched-bar' },
        note: t(resolutions ? 'charts.provisional.resolutionsBarsNote' : 'charts.provisional.barsNote', { window }),
      };
}
