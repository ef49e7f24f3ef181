import { useTranslation } from 'react-i18next';

/**
 * Why some months are dashed (lines) or hatched (bars); said only when the chart shows such a
 * month, with the return window the server judged maturity by.
 */
export function useProvisionalNote(
  rows: readonly { mature: boolean }[],
  returnWindowDays: number | undefined,
  marks: 'lines' | 'barsAndLines' = 'lines',
) {
  const { t } = useTranslation();
  if (!rows.some((row) => !row.mature)) return undefined;
  const days = returnWindowDays ?? '—';
  return marks === 'lines'
    ? t('charts.provisional.linesNote', { days })
    : t('charts.provisional.barsNote', { days });
}
