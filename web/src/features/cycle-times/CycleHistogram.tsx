import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { HistogramChart } from '../../components/charts/HistogramChart.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { DrillLink } from '../drill-down/DrillLink.tsx';
import type { DrillTarget } from '../drill-down/drill-params.ts';
import { useDrillDown } from '../drill-down/use-drill-down.ts';
import type { Filters } from '../filters/filter-params.ts';
import { stageColor } from './StageTrendChart.tsx';
import { stageNeeds, useCycleHistogram, type HistogramBin, type Stage } from './use-cycle-metrics.ts';

interface Bar extends HistogramBin {
  label: string;
  value: number;
}

function binContaining(bars: readonly Bar[], days: number | null | undefined): Bar | undefined {
  return days == null ? undefined : bars.find((bar) => days >= bar.fromDays && (bar.toDays === null || days < bar.toDays));
}

/** How long one stage takes, return by return: the shape behind the median, and its long tail. */
export function CycleHistogram({ filters, stage }: { filters: Filters | null; stage: Stage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const drill = useDrillDown();
  const histogram = useCycleHistogram(filters, stage);
  const data = histogram.data;
  const unavailable = useMissingDataMessage(stageNeeds[stage]);
  const bars = useMemo(
    (): Bar[] =>
      (data?.bins ?? []).map((bin) => ({
        ...bin,
        label: bin.toDays === null ? `${format.number(bin.fromDays)}+` : bin.toDays - bin.fromDays === 1 ? format.number(bin.fromDays) : `${format.number(bin.fromDays)}–${format.number(bin.toDays)}`,
        value: bin.returns,
      })),
    [data, format],
  );
  const markers = useMemo(() => {
    const p50 = binContaining(bars, data?.p50);
    const p90 = binContaining(bars, data?.p90);
    if (!p50 || !p90) return [];
    if (p50 === p90) return [{ binLabel: p50.label, text: 'p50 · p90' }];
    return [
      { binLabel: p50.label, text: 'p50' },
      { binLabel: p90.label, text: 'p90' },
    ];
  }, [bars, data]);
  const target = (bar: Bar): DrillTarget => ({
    view: 'returns',
    narrowing: { daysOf: stage, minDays: String(bar.fromDays), ...(bar.toDays === null ? {} : { maxDays: String(bar.toDays) }) },
  });
  const range = (bar: Bar) =>
    bar.toDays === null
      ? t('cycle.histogram.atLeast', { days: format.number(bar.fromDays) })
      : t('cycle.histogram.range', { from: format.number(bar.fromDays), to: format.number(bar.toDays) });
  const title = t('cycle.histogram.title', { stage: t(`cycle.stages.${stage}`) });

  return (
    <ChartFrame
      title={title}
      description={
        data &&
        t('cycle.histogram.description', { n: format.number(data.n), p50: format.days(data.p50), p90: format.days(data.p90) })
      }
      query={histogram}
      isEmpty={!data || data.n === 0}
      emptyState={<NoDataMessage />}
      unavailable={unavailable}
      table={
        <DataTable
          caption={title}
          rows={bars}
          rowKey={(bar) => String(bar.fromDays)}
          columns={[
            { id: 'range', header: t('cycle.histogram.days'), cell: (bar) => <DrillLink target={target(bar)}>{range(bar)}</DrillLink> },
            { id: 'returns', header: t('cycle.histogram.returns'), numeric: true, cell: (bar) => format.number(bar.returns) },
          ]}
        />
      }
    >
      <HistogramChart
        bins={bars}
        color={stageColor[stage]}
        formatAxis={format.compactNumber}
        markers={markers}
        describe={(bar) => ({
          title: range(bar),
          lines: [
            { label: t('cycle.histogram.returns'), value: format.number(bar.returns), color: stageColor[stage] },
            { label: t('cycle.histogram.share'), value: format.percent(data?.n ? bar.returns / data.n : null) },
          ],
        })}
        onSelect={(bar) => drill.open(target(bar))}
        ariaLabel={title}
      />
    </ChartFrame>
  );
}
