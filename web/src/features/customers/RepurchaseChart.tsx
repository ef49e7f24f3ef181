import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankedItem } from '../../components/charts/RankedBarChart.tsx';
import { useCodeLabels } from '../../i18n/use-code-labels.ts';
import { useFormat } from '../../lib/format-context.ts';
import { neutralColor, resolutionColors } from '../../lib/palette.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { rateNeeds } from '../dataset/missing-fields.ts';
import type { Filters } from '../filters/filter-params.ts';
import { RankedBarsFrame } from '../../metrics/RankedBarsFrame.tsx';
import { useRepurchase, type Repurchase } from './use-customers.ts';

type Cohort = Repurchase['returned'];

interface CohortItem extends RankedItem {
  cohort: Cohort;
}

const resolutionColor: Record<string, string> = {
  refund: resolutionColors.refund,
  exchange: resolutionColors.exchange,
  store_credit: resolutionColors.storeCredit,
};

/** Do they buy again? Customers who returned, by how their return was resolved, against those who did not. */
export function RepurchaseChart({ filters, withinDays, actions }: { filters: Filters | null; withinDays: number; actions: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { resolutionLabel } = useCodeLabels();
  const repurchase = useRepurchase(filters, withinDays);
  const data = repurchase.data;
  // who returned and who bought again need both files: without one, a cohort is empty, not 0 %
  const unavailable = useMissingDataMessage(rateNeeds);
  const items = useMemo((): CohortItem[] => {
    if (!data) return [];
    return [
      { key: 'notReturned', label: t('customers.cohorts.notReturned'), value: data.notReturned.repurchaseRate, color: neutralColor, cohort: data.notReturned },
      { key: 'returned', label: t('customers.cohorts.returned'), value: data.returned.repurchaseRate, color: '#2f4a66', cohort: data.returned },
      ...data.byResolution.map((row) => ({
        key: row.resolution ?? 'none',
        label: t('customers.cohorts.byResolution', { resolution: row.resolution ? resolutionLabel(row.resolution) : t('states.noValue') }),
        value: row.repurchaseRate,
        color: (row.resolution && resolutionColor[row.resolution]) || neutralColor,
        cohort: row,
      })),
    ];
  }, [data, t, resolutionLabel]);
  return (
    <RankedBarsFrame
      title={t('customers.repurchase.title', { days: format.number(withinDays) })}
      description={
        data &&
        t('customers.repurchase.description', {
          returned: format.percent(data.returned.repurchaseRate),
          notReturned: format.percent(data.notReturned.repurchaseRate),
          days: format.number(withinDays),
          asOf: format.date(data.asOf),
        })
      }
      query={repurchase}
      items={items}
      keyHeader={t('customers.repurchase.cohort')}
      figures={[
        { id: 'rate', label: t('customers.repurchase.rate'), value: (item) => format.percent(item.value) },
        { id: 'repurchased', label: t('customers.repurchase.repurchased'), value: (item) => format.number(item.cohort.repurchased) },
        { id: 'observed', label: t('customers.repurchase.observed'), value: (item) => format.number(item.cohort.observed) },
        { id: 'waiting', label: t('customers.repurchase.stillInWindow'), value: (item) => format.number(item.cohort.stillInWindow) },
      ]}
      formatValue={(value) => format.percent(value)}
      formatAxis={format.percentTick}
      actions={actions}
      unavailable={unavailable}
    />
  );
}
