import { useTranslation } from 'react-i18next';
import type { LegendItem } from '../components/charts/ChartLegend.tsx';
import { neutralColor } from '../lib/palette.ts';

/**
 * The legend entry for provisional months (dashed lines, or hatched bars) and the sentence
 * saying why, with the return window the server judged maturity by. Nothing when every
 * month on the chart is final.
 */
export function useProvisionalLegend(
  rows: readonly { mature: boolean }[],
  returnWindowDays: number | undefined,
  marks: 'lines' | 'barsAndLines' = 'lines',
): { item: LegendItem; note: string } | undefined {
  const { t } = useTranslation();
  if (!rows.some((row) => !row.mature)) return undefined;
  const days = returnWindowDays ?? '—';
  return marks === 'lines'
    ? {
        item: { label: t('charts.provisional.label'), color: neutralColor, mark: 'dashed-line' },
        note: t('charts.provisional.linesNote', { days }),
      }
    : {
        item: { label: t('charts.provisional.label'), color: neutralColor, mark: 'hatched-bar' },
        note: t('charts.provisional.barsNote', { days }),
      };
}
