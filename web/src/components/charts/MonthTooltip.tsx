import { useTranslation } from 'react-i18next';
import type { TooltipContentProps } from 'recharts';
import { useFormat } from '../../lib/format-context.ts';
import { ChartTooltip } from './ChartTooltip.tsx';
import type { MonthlyPoint } from './monthly-points.ts';
import type { Series } from './series.ts';
import type { MonthlyChartProps } from './use-monthly-chart.ts';

interface MonthTooltipProps<Row>
  extends Pick<TooltipContentProps, 'active' | 'payload'>,
    Pick<MonthlyChartProps<Row>, 'formatValue' | 'describeCounts'> {
  /** In the order the tooltip lists them, top first. */
  series: readonly Series<Row>[];
}

/** A monthly chart's tooltip: the month, whether it is provisional, each series' figure and the n behind them. */
export function MonthTooltip<Row>({ active, payload, series, formatValue, describeCounts }: MonthTooltipProps<Row>) {
  const { t } = useTranslation();
  const format = useFormat();
  const point = payload?.[0]?.payload as MonthlyPoint<Row> | undefined;
  if (!active || !point) return null;
  return (
    <ChartTooltip
      title={format.monthLong(point.month)}
      badge={point.provisional ? t('charts.provisional.badge') : undefined}
      lines={series.flatMap((s) => {
        const line = { label: s.label, color: s.color, value: formatValue(s.value(point.row)) };
        const estimate = s.estimate?.(point.row);
        if (!estimate) return [line];
        const interval = t('charts.estimate.interval', { low: formatValue(estimate.low), high: formatValue(estimate.high) });
        return [line, { label: t('charts.estimate.tooltipLabel', { series: s.label }), value: `${formatValue(estimate.expected)} ${interval}` }];
      })}
      footnote={describeCounts?.(point.row)}
    />
  );
}
