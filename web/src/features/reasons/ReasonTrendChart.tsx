import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../components/charts/series.ts';
import { useReasonLabel } from '../../i18n/use-reason-label.ts';
import { useFormat } from '../../lib/format-context.ts';
import { reasonColor } from '../../lib/palette.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { MonthlyChartFrame } from '../../metrics/MonthlyChartFrame.tsx';
import { useReasonCodes, useReasonMonths, type ReasonMonth } from './use-reasons.ts';

/** Returned units by reason, stacked by month: whether a reason grows or fades. */
export function ReasonTrendChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonLabel = useReasonLabel();
  const codes = useReasonCodes(filters);
  const { query, months, returnWindow } = useReasonMonths(filters);
  const unavailable = useMissingDataMessage(['reasonText']);
  const bars = useMemo(
    () =>
      codes.map(
        (code): Series<ReasonMonth> => ({ id: code, label: reasonLabel(code), color: reasonColor(code), value: (row) => row.units[code] ?? 0 }),
      ),
    [codes, reasonLabel],
  );

  return (
    <MonthlyChartFrame
      marks="stackedBars"
      title={t('reasonsPage.trend.title')}
      description={t('reasonsPage.trend.description')}
      query={query}
      rows={months}
      returnWindow={returnWindow}
      series={bars}
      isEmpty={!months.some((row) => row.unitsReturned > 0)}
      unavailable={unavailable}
      formatValue={(value) => format.number(value)}
      formatAxis={format.compactNumber}
      describeCounts={(row) => t('reasonsPage.trend.counts', { returned: format.number(row.unitsReturned), sold: format.number(row.unitsSold) })}
      filters={filters}
    />
  );
}
