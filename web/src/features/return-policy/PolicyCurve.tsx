import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ChartLegend } from '../../components/charts/ChartLegend.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { rankedLineColors, valueStepColors } from '../../lib/palette.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { rateNeeds } from '../dataset/missing-fields.ts';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { AssumptionList } from './AssumptionList.tsx';
import { DeliveryCurveChart, type CurveLine, type CurveRow } from './DeliveryCurveChart.tsx';
import type { CurveSeries, PolicySimulation } from './use-policy-simulation.ts';

/** The chart's rows: one per day after delivery, each line's cumulative share under its key. */
function curveRows(series: readonly CurveSeries[], maxDay: number): CurveRow[] {
  return Array.from({ length: maxDay + 1 }, (_, day) => {
    const row: CurveRow = { day };
    series.forEach((line, index) => (row[`s${index}`] = line.shares[day]!));
    return row;
  });
}

/** How returns arrive after delivery, for the shop and its categories with most returns, with both windows marked. */
export function PolicyCurve({ simulation }: { simulation: UseQueryResult<PolicySimulation> }) {
  const { t } = useTranslation();
  // days since delivery or order, by category: both files are needed (the returns, and the orders they come from)
  const unavailable = useMissingDataMessage(rateNeeds);
  const format = useFormat();
  const answer = simulation.data;
  const series = answer?.curve.series ?? [];
  const rows = useMemo(() => (answer ? curveRows(answer.curve.series, answer.curve.maxDay) : []), [answer]);
  const labelOf = (line: CurveSeries) => (line.key === 'all' ? t('policy.curve.all') : (line.category ?? t('states.noValue')));
  const lines: CurveLine[] = series.map((line, index) => ({ dataKey: `s${index}`, label: labelOf(line), color: rankedLineColors[index % rankedLineColors.length]! }));
  const current = answer?.currentWindowDays;
  const simulated = answer?.inputs.windowDays;
  const markers =
    current === undefined || simulated === undefined
      ? []
      : current === simulated
        ? [{ day: current, text: t('policy.curve.bothWindows', { days: format.number(current) }), color: valueStepColors.netCost }]
        : [
            { day: current, text: t('policy.curve.currentWindow', { days: format.number(current) }), color: valueStepColors.netCost },
            { day: simulated, text: t('policy.curve.simulatedWindow', { days: format.number(simulated) }), color: '#b4462b' },
          ];
  const title = t('policy.curve.title');
  const shareWithin = (line: CurveSeries, days: number | undefined) => (days === undefined ? null : line.shares[Math.min(days, line.shares.length - 1)]);
  return (
    <ChartFrame
      title={title}
      description={t('policy.curve.description')}
      query={simulation}
      isEmpty={series.length === 0}
      emptyState={<NoDataMessage />}
      unavailable={unavailable}
      placeholderHeight={280}
      legend={
        answer && (
          <>
            <ChartLegend items={lines.map((line, index) => ({ label: line.label, color: line.color, mark: index === 0 ? 'line' : 'thin-line' }))} />
            <AssumptionList codes={answer.curve.assumptions} answer={answer} />
          </>
        )
      }
      table={
        <DataTable
          caption={title}
          rows={series}
          rowKey={(line) => `${line.key}-${line.category ?? ''}`}
          columns={[
            { id: 'series', header: t('filters.dimensions.category'), cell: labelOf },
            { id: 'returns', header: t('policy.categories.returns'), cell: (line) => format.number(line.returns), numeric: true },
            { id: 'current', header: t('policy.curve.withinCurrent', { days: format.number(current) }), cell: (line) => format.percent(shareWithin(line, current)), numeric: true },
            { id: 'simulated', header: t('policy.curve.withinSimulated', { days: format.number(simulated) }), cell: (line) => format.percent(shareWithin(line, simulated)), numeric: true },
          ]}
        />
      }
    >
      <DeliveryCurveChart
        rows={rows}
        lines={lines}
        markers={markers}
        formatValue={(value) => format.percent(value)}
        formatAxis={format.percentTick}
        dayLabel={(day) => t('policy.curve.day', { day: format.number(day) })}
        ariaLabel={title}
      />
    </ChartFrame>
  );
}
