import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format-context.ts';

/**
 * What a change says when its earlier period was counted at the same age, as it stood at
 * `returnsRequestedBy` (docs/metrics.md, "Comparing periods"): "a igual antigüedad: …", as a phrase
 * after a figure or as a sentence that ends a description; nothing when there is no such moment
 * (a current period that begins after the data ends, which gives no change).
 */
export function useSameAgeNote() {
  const { t } = useTranslation();
  const format = useFormat();
  return (returnsRequestedBy: string | null | undefined, form: 'phrase' | 'sentence' = 'phrase'): string | undefined =>
    returnsRequestedBy ? t(form === 'phrase' ? 'compare.sameAge' : 'compare.sameAgeSentence', { date: format.date(returnsRequestedBy.slice(0, 10)) }) : undefined;
}
