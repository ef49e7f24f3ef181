import type { ParseKeys } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { WaterfallChart, type WaterfallStep } from '../../components/charts/WaterfallChart.tsx';
import { useCodeLabels } from '../../i18n/use-code-labels.ts';
import { useFormat } from '../../lib/format-context.ts';
import { firstUnsettled } from '../../metrics/settled-months.ts';
import { useSameAgeNote } from '../../metrics/use-same-age-note.ts';
import { useTrend } from '../../metrics/use-trend.ts';
import { neutralColor, resolutionColors, valueStepColors } from '../../lib/palette.ts';
import { unknownBecause } from '../dataset/missing-fields.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { NoDataMessage } from '../dataset/NoDataMessage.tsx';
import { useMissingFields } from '../dataset/use-missing-fields.ts';
import { DrillLink } from '../drill-down/DrillLink.tsx';
import type { DrillTarget } from '../drill-down/drill-params.ts';
import { useDrillDown } from '../drill-down/use-drill-down.ts';
import type { Comparison, Filters } from '../filters/filter-params.ts';
import { netReturnCostNeeds } from '../../metrics/kpi-definitions.ts';
import { useValueRecovery, type WaterfallApiStep } from './use-value-recovery.ts';

/** A bar of the waterfall; its value is null when the data does not give it (see docs/metrics.md). */
interface Step extends Omit<WaterfallStep, 'value'> {
  api: WaterfallApiStep;
  value: number | null;
}

// A change floats from the running sum, which an unknown step leaves unknown: such steps are
// listed in the table with a dash, and not drawn.
const isKnown = (step: Step): step is Step & WaterfallStep => step.value !== null;

const stepColor: Record<string, string> = {
  returnedValue: neutralColor,
  retained: resolutionColors.exchange,
  unsettled: valueStepColors.unsettled,
  refunded: resolutionColors.refund,
  recovered: resolutionColors.recovered,
  returnShipping: valueStepColors.shipping,
  netReturnCost: valueStepColors.netCost,
};

const stepKeys = {
  returnedValue: { label: 'value.steps.returnedValue', explain: 'value.explain.returnedValue' },
  retained: { label: 'value.steps.retained', explain: 'value.explain.retained' },
  unsettled: { label: 'value.steps.unsettled', explain: 'value.explain.unsettled' },
  refunded: { label: 'value.steps.refunded', explain: 'value.explain.refunded' },
  recovered: { label: 'value.steps.recovered', explain: 'value.explain.recovered' },
  returnShipping: { label: 'value.steps.returnShipping', explain: 'value.explain.returnShipping' },
  netReturnCost: { label: 'value.steps.netReturnCost', explain: 'value.explain.netReturnCost' },
} as const satisfies Record<string, { label: ParseKeys; explain: ParseKeys }>;

function keysOf(step: string) {
  return Object.hasOwn(stepKeys, step) ? stepKeys[step as keyof typeof stepKeys] : undefined;
}

/** Which returns a bar of the waterfall is made of, where one filter says it. */
function targetOf(step: WaterfallApiStep): DrillTarget | undefined {
  switch (step.step) {
    case 'returnedValue':
      return { view: 'returns' };
    case 'refunded':
      return { view: 'returns', narrowing: { resolution: 'refund' } };
    case 'unsettled':
      return { view: 'returns', narrowing: { resolution: 'pending' } };
    case 'recovered':
      return { view: 'returns', narrowing: { disposition: step.disposition ?? 'unknown' } };
    default:
      return undefined;
  }
}

/** The value waterfall: what came back, what the shop kept, refunded, recovered, paid to ship, and the net cost. */
export function ValueWaterfall({ filters, comparison }: { filters: Filters | null; comparison: Comparison }) {
  const { t } = useTranslation();
  const format = useFormat();
  const drill = useDrillDown();
  const { dispositionLabel } = useCodeLabels();
  const recovery = useValueRecovery(filters, comparison);
  const data = recovery.data;
  // Without resolutions only the returned value is known: no waterfall to draw.
  const unavailable = useMissingDataMessage(['resolution']);
  const steps = useMemo(
    (): Step[] =>
      (data?.steps ?? []).map((api) => ({
        api,
        key: api.disposition ? `${api.step}:${api.disposition}` : api.step,
        label: api.step === 'recovered' ? dispositionLabel(api.disposition) : (keysOf(api.step) ? t(keysOf(api.step)!.label) : api.step),
        kind: api.kind === 'total' ? 'total' : 'change',
        value: api.value,
        color: stepColor[api.step] ?? neutralColor,
      })),
    [data, t, dispositionLabel],
  );
  const compared = data && 'comparison' in data ? data.comparison : undefined;
  const change = compared?.changes.netReturnCost;
  const sameAge = useSameAgeNote()(compared?.returnsRequestedBy, 'sentence');
  const title = t('value.waterfall.title');
  // Why the net cost is unknown: a field the data lacks, or no return in the selection that has it.
  const [netCostMissing] = useMissingFields(netReturnCostNeeds);
  // the bars add up the whole period: while a month of it is still open they can still change, as the KPIs' badge says
  const trendRows = useTrend(filters).data?.rows ?? [];
  const provisional = firstUnsettled(trendRows, 'resolutions') < trendRows.length;
  const description =
    data &&
    (data.netReturnCost === null
      ? t('value.waterfall.descriptionUnknown', { reason: unknownBecause(netCostMissing, t) })
      : t('value.waterfall.description', {
          net: format.money(data.netReturnCost),
          share: format.percent(data.netCostShareOfSales),
          retention: format.percent(data.retentionRate),
          change: format.signedPercent(change?.relative),
        }) + (sameAge ? ` ${sameAge}` : '')) +
      (provisional ? ` ${t('value.waterfall.provisional')}` : '');

  return (
    <ChartFrame
      title={title}
      description={description}
      query={recovery}
      isEmpty={!data || data.unitsReturned === 0}
      emptyState={<NoDataMessage />}
      unavailable={unavailable}
      placeholderHeight={300}
      table={
        <DataTable
          caption={title}
          rows={steps}
          rowKey={(step) => step.key}
          columns={[
            {
              id: 'step',
              header: t('value.waterfall.step'),
              cell: (step) => {
                const target = targetOf(step.api);
                return target ? <DrillLink target={target}>{step.label}</DrillLink> : step.label;
              },
            },
            { id: 'value', header: t('value.waterfall.amount'), numeric: true, cell: (step) => format.money(step.value) },
          ]}
        />
      }
    >
      <WaterfallChart
        steps={steps.filter(isKnown)}
        formatValue={format.compactMoney}
        formatAxis={format.compactMoney}
        describe={(step) => ({
          lines: [{ label: t('value.waterfall.amount'), value: format.money(step.value), color: step.color }],
          footnote: keysOf(step.api.step) ? t(keysOf(step.api.step)!.explain) : undefined,
        })}
        onSelect={(step) => {
          const target = targetOf(step.api);
          if (target) drill.open(target);
        }}
        ariaLabel={title}
      />
    </ChartFrame>
  );
}
