import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankedItem } from '../../components/charts/RankedBarChart.tsx';
import type { Series } from '../../components/charts/series.ts';
import { useFormat } from '../../lib/format-context.ts';
import { preventableColors, reasonGroupColor } from '../../lib/palette.ts';
import { groupOfReason, isReason, reasonGroups, type ReasonGroup } from '../../lib/reasons.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { MonthlyChartFrame } from '../../metrics/MonthlyChartFrame.tsx';
import { RankedBarsFrame } from '../../metrics/RankedBarsFrame.tsx';
import { useBreakdown, type BreakdownRequest } from '../../metrics/use-breakdown.ts';
import { useReasonMonths, type ReasonMonth } from './use-reasons.ts';

const byReason: BreakdownRequest = { by: 'reason', sort: 'unitsReturned', order: 'desc', limit: 50, offset: 0 };
const groups = Object.keys(reasonGroups) as ReasonGroup[];
const isPreventable = (code: string) => isReason(code) && groupOfReason(code) !== 'customer';

function unitsWhere(row: ReasonMonth, keep: (code: string) => boolean): number {
  return Object.entries(row.units).reduce((sum, [code, units]) => (keep(code) ? sum + units : sum), 0);
}

/** Preventable against the customer's own returns, month by month, as rates of units sold. */
export function PreventableTrendChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { query, months, returnWindow } = useReasonMonths(filters);
  const unavailable = useMissingDataMessage(['reasonText']);
  const series = useMemo(
    (): Series<ReasonMonth>[] => [
      {
        id: 'preventable',
        label: t('reasonsPage.preventable.preventable'),
        color: preventableColors.preventable,
        value: (row) => (row.unitsSold ? unitsWhere(row, isPreventable) / row.unitsSold : null),
      },
      {
        id: 'customer',
        label: t('reasonsPage.preventable.customer'),
        color: preventableColors.customer,
        value: (row) => (row.unitsSold ? unitsWhere(row, (code) => !isPreventable(code)) / row.unitsSold : null),
      },
    ],
    [t],
  );

  return (
    <MonthlyChartFrame
      title={t('reasonsPage.preventable.trendTitle')}
      description={t('reasonsPage.preventable.trendDescription')}
      query={query}
      rows={months}
      returnWindow={returnWindow}
      series={series}
      isEmpty={!months.some((row) => row.unitsSold > 0)}
      unavailable={unavailable}
      formatValue={(value) => format.percent(value)}
      formatAxis={format.percentTick}
      describeCounts={(row) => t('reasonsPage.trend.counts', { returned: format.number(row.unitsReturned), sold: format.number(row.unitsSold) })}
      filters={filters}
      narrowing={{ preventable: 'true' }}
    />
  );
}

interface GroupItem extends RankedItem {
  group: ReasonGroup;
  units: number;
  share: number | null;
  value: number | null;
  returnedValue: number;
}

/** Each reason group's rate, share of returns and value: where better listings, packing or shipping would pay. */
export function ReasonGroupChart({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const breakdown = useBreakdown(filters, byReason);
  const unavailable = useMissingDataMessage(['reasonText']);

  const { items, preventable } = useMemo(() => {
    const rows = breakdown.data?.rows ?? [];
    const unitsSold = rows[0]?.unitsSold ?? 0;
    const totalUnits = rows.reduce((sum, row) => sum + row.unitsReturned, 0);
    const perGroup = groups.map((group): GroupItem => {
      const inGroup = rows.filter((row) => row.key !== null && isReason(row.key) && groupOfReason(row.key) === group);
      const units = inGroup.reduce((sum, row) => sum + row.unitsReturned, 0);
      return {
        key: group,
        group,
        label: t(`reasonGroups.${group}`),
        color: reasonGroupColor(group),
        units,
        share: totalUnits ? units / totalUnits : null,
        value: unitsSold ? units / unitsSold : null,
        returnedValue: inGroup.reduce((sum, row) => sum + row.returnedValue, 0),
      };
    });
    const preventableGroups = perGroup.filter((item) => item.group !== 'customer');
    const preventableUnits = preventableGroups.reduce((sum, item) => sum + item.units, 0);
    return {
      items: perGroup,
      preventable: {
        units: preventableUnits,
        rate: unitsSold ? preventableUnits / unitsSold : null,
        share: totalUnits ? preventableUnits / totalUnits : null,
        value: preventableGroups.reduce((sum, item) => sum + item.returnedValue, 0),
      },
    };
  }, [breakdown.data, t]);
  return (
    <RankedBarsFrame
      title={t('reasonsPage.groups.title')}
      description={t('reasonsPage.groups.summary', {
        share: format.percent(preventable.share),
        units: format.number(preventable.units),
        rate: format.percent(preventable.rate),
        value: format.money(preventable.value),
      })}
      query={breakdown}
      items={items.some((item) => item.units > 0) ? items : []}
      unavailable={unavailable}
      keyHeader={t('rows.narrowing.reasonGroup')}
      figures={[
        { id: 'rate', label: t('reasonsPage.groups.rate'), value: (item) => format.percent(item.value) },
        { id: 'share', label: t('reasonsPage.groups.share'), value: (item) => format.percent(item.share) },
        { id: 'units', label: t('table.columns.unitsReturned'), value: (item) => format.number(item.units) },
        { id: 'value', label: t('table.columns.returnedValue'), value: (item) => format.money(item.returnedValue) },
      ]}
      formatValue={(value) => format.percent(value)}
      formatAxis={format.percentTick}
      footnote={(item) => (item.group === 'customer' ? t('reasonsPage.groups.notPreventable') : t('reasonsPage.groups.preventable'))}
      target={(item) => ({ view: 'returns', narrowing: { reasonGroup: item.group } })}
      placeholderHeight={140}
    />
  );
}
