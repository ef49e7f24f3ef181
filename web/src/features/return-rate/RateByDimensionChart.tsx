import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { RankedBarChart, type RankedItem } from '../../components/charts/RankedBarChart.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { DrillLink } from '../drill-down/DrillLink.tsx';
import type { DrillTarget } from '../drill-down/drill-params.ts';
import { useDrillDown } from '../drill-down/use-drill-down.ts';
import type { Filters } from '../filters/filter-params.ts';
import { useBreakdown, type BreakdownRow } from '../overview/use-breakdown.ts';
import { measureDefinitions, type Measure } from './measures.ts';

export type RateDimension = 'category' | 'channel' | 'region' | 'carrier' | 'sku';

interface RateItem extends RankedItem {
  row: BreakdownRow;
}

// Every value of the small dimensions fits; SKUs are too many, so the ones with most units back.
const skuCount = 15;

interface RateByDimensionChartProps {
  filters: Filters | null;
  dimension: RateDimension;
  measure: Measure;
  /** The period's rate for the same measure: the line every bar is read against. */
  overall: number | null | undefined;
}

/** The return rate of each value of one dimension, highest first; a bar opens its returns. */
export function RateByDimensionChart({ filters, dimension, measure, overall }: RateByDimensionChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const drill = useDrillDown();
  const definition = measureDefinitions[measure];
  const isSku = dimension === 'sku';
  const breakdown = useBreakdown(filters, {
    by: dimension,
    sort: isSku ? 'unitsReturned' : definition.breakdownSort,
    order: 'desc',
    limit: isSku ? skuCount : 50,
    offset: 0,
  });

  const items = useMemo(
    (): RateItem[] =>
      (breakdown.data?.rows ?? [])
        .filter((row) => row.unitsSold > 0)
        .map((row) => ({ key: row.key ?? '', label: row.key ?? t('states.noValue'), value: definition.breakdown(row), color: definition.color, row }))
        .sort((a, b) => (b.value ?? -1) - (a.value ?? -1)),
    [breakdown.data, definition, t],
  );
  const target = (item: RateItem): DrillTarget => ({ view: 'returns', filters: { [dimension]: item.row.key } });
  const title = t(isSku ? 'returnRate.bySku' : 'returnRate.byDimension', {
    dimension: t(`filters.dimensions.${dimension}`).toLowerCase(),
    count: skuCount,
  });
  const rate = (value: number | null) => format.percent(value);

  return (
    <ChartFrame
      title={title}
      description={measure === 'orders' ? t('returnRate.ordersByUnits') : t('returnRate.clickToOpen')}
      query={breakdown}
      isEmpty={items.length === 0}
      emptyState={<NoDataMessage />}
      placeholderHeight={220}
      table={
        <DataTable
          caption={title}
          rows={items}
          rowKey={(item) => item.key}
          columns={[
            {
              id: 'key',
              header: t(`filters.dimensions.${dimension}`),
              cell: (item) => (item.row.key === null ? item.label : <DrillLink target={target(item)}>{item.label}</DrillLink>),
            },
            { id: 'rate', header: t(definition.label), numeric: true, cell: (item) => rate(item.value) },
            { id: 'returned', header: t('table.columns.unitsReturned'), numeric: true, cell: (item) => format.number(item.row.unitsReturned) },
            { id: 'sold', header: t('table.columns.unitsSold'), numeric: true, cell: (item) => format.number(item.row.unitsSold) },
          ]}
        />
      }
    >
      <RankedBarChart
        items={items}
        formatValue={rate}
        formatAxis={format.percentTick}
        reference={typeof overall === 'number' ? { value: overall, label: t('returnRate.overall', { rate: rate(overall) }) } : undefined}
        describe={(item) => ({
          lines: [
            { label: t(definition.label), value: rate(item.value), color: item.color },
            { label: t('table.columns.unitsReturned'), value: format.number(item.row.unitsReturned) },
            { label: t('table.columns.unitsSold'), value: format.number(item.row.unitsSold) },
            { label: t('table.columns.returnedValue'), value: format.money(item.row.returnedValue) },
          ],
          footnote: t('returnRate.openHint'),
        })}
        onSelect={(item) => item.row.key !== null && drill.open(target(item))}
        ariaLabel={title}
      />
    </ChartFrame>
  );
}
