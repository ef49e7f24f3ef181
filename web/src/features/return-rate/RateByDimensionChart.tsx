import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankedItem } from '../../components/charts/RankedBarChart.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { rateNeeds } from '../dataset/missing-fields.ts';
import type { Filters } from '../filters/filter-params.ts';
import { measureDefinitions, type Measure } from '../../metrics/rate-measures.ts';
import { RankedBarsFrame } from '../../metrics/RankedBarsFrame.tsx';
import { useBreakdown, type BreakdownRow } from '../../metrics/use-breakdown.ts';
import { rankByRate } from './rank-by-rate.ts';

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
  const definition = measureDefinitions[measure];
  const isSku = dimension === 'sku';
  const unavailable = useMissingDataMessage(rateNeeds);
  const breakdown = useBreakdown(filters, {
    by: dimension,
    sort: isSku ? 'unitsReturned' : definition.breakdownRate,
    order: 'desc',
    limit: isSku ? skuCount : 50,
    offset: 0,
  });

  const items = useMemo(
    (): RateItem[] =>
      rankByRate(breakdown.data?.rows ?? [], (row) => row[definition.breakdownRate]).map(({ row, fewSales, stillCollecting }) => {
        const name = row.key ?? t('states.noValue');
        const label = fewSales
          ? t('returnRate.fewSales', { label: name, units: format.number(row.unitsSold) })
          : stillCollecting
            ? t('returnRate.stillCollecting', { label: name, share: format.percent(row.unitsSoldOpen / row.unitsSold) })
            : name;
        return { key: row.key ?? '', label, value: row[definition.breakdownRate], color: definition.color, row };
      }),
    [breakdown.data, definition, t, format],
  );
  const title = t(isSku ? 'returnRate.bySku' : 'returnRate.byDimension', {
    dimension: t(`filters.dimensions.${dimension}`).toLowerCase(),
    count: skuCount,
  });
  const rate = (value: number | null) => format.percent(value);

  return (
    <RankedBarsFrame
      title={title}
      description={measure === 'orders' ? t('returnRate.ordersByUnits') : t('returnRate.clickToOpen')}
      query={breakdown}
      items={items}
      keyHeader={t(`filters.dimensions.${dimension}`)}
      figures={[
        { id: 'rate', label: t(definition.label), value: (item) => rate(item.value) },
        { id: 'returned', label: t('table.columns.unitsReturned'), value: (item) => format.number(item.row.unitsReturned) },
        { id: 'sold', label: t('table.columns.unitsSold'), value: (item) => format.number(item.row.unitsSold) },
        { id: 'value', label: t('table.columns.returnedValue'), value: (item) => format.money(item.row.returnedValue) },
      ]}
      formatValue={rate}
      formatAxis={format.percentTick}
      reference={typeof overall === 'number' ? { value: overall, label: t('returnRate.overall', { rate: rate(overall) }) } : undefined}
      footnote={() => t('returnRate.openHint')}
      target={(item) => (item.row.key === null ? undefined : { view: 'returns', filters: { [dimension]: item.row.key } })}
      placeholderHeight={220}
      unavailable={unavailable}
    />
  );
}
