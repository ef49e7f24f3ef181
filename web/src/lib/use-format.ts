import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '../features/dataset/use-dataset.ts';
import { intlLocaleOf } from '../i18n/i18n.ts';
import { createFormatters, type Formatters } from './format.ts';

/** Formatters for the chosen language and the loaded data's currency. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const currency = useDataset().data?.currency ?? null;
  const locale = intlLocaleOf(i18n.language);
  return useMemo(() => createFormatters(locale, currency), [locale, currency]);
}
