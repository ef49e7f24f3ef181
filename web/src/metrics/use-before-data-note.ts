import { useTranslation } from 'react-i18next';
import { useDataset } from '../features/dataset/use-dataset.ts';
import { useFormat } from '../lib/format-context.ts';

/**
 * Why a comparison shows no change when its earlier period begins before the data does
 * (`comparison.beforeData`, docs/metrics.md "Comparing periods"): "the data begins on …"; nothing
 * when the earlier period lies in the data.
 */
export function useBeforeDataNote() {
  const { t } = useTranslation();
  const format = useFormat();
  const firstDate = useDataset().data?.firstDate;
  return (beforeData: boolean | undefined): string | undefined => (beforeData && firstDate ? t('compare.beforeData', { date: format.date(firstDate) }) : undefined);
}
