import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '../features/dataset/use-dataset.ts';
import { intlLocaleOf } from '../i18n/i18n.ts';
import { createFormatters } from '../lib/format.ts';
import { FormatContext } from '../lib/format-context.ts';

/** Builds the formatters once per language and currency, so charts format without asking for data. */
export function FormatProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const currency = useDataset().data?.currency ?? null;
  const locale = intlLocaleOf(i18n.language);
  const formatters = useMemo(() => createFormatters(locale, currency), [locale, currency]);
  return <FormatContext value={formatters}>{children}</FormatContext>;
}
