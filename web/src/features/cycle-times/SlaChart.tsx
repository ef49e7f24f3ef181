import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../components/charts/series.ts';
import { combinedQuery } from '../../lib/combined-query.ts';
import { useFormat } from '../../lib/format-context.ts';
import { useSameAgeNote } from '../../metrics/use-same-age-note.ts';
import { slaColors } from '../../lib/palette.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import type { Filters } from '../filters/filter-params.ts';
import { MonthlyChartFrame } from '../../metrics/MonthlyChartFrame.tsx';
import { settledOf } from '../../metrics/settled-months.ts';
import { useTrend } from '../../metrics/use-trend.ts';
import { useSla, type SlaMonth } from './use-cycle-metrics.ts';

interface SlaRow extends SlaMonth {
  month: string;
  mature: boolean;
  resolutionsSettled: boolean;
}

const states = ['resolvedOnTime', 'resolvedLate', 'openLate', 'openWithinSla'] as const;

/** Received → resolved against the SLA, month by month: how many made it, and the breach rate. */
export function SlaChart({ filters, slaDays, actions }: { filters: Filters | null; slaDays: number; actions: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sla = useSla(filters, slaDays);
  const trend = useTrend(filters);
  // the target runs from receipt
  const unavailable = useMissingDataMessage(['receivedAt']);
  const rows = useMemo((): SlaRow[] => {
    const settling = new Map((trend.data?.rows ?? []).map((row) => [row.month, row]));
    return (sla.data?.months ?? []).map((row) => ({ ...row, month: row.month ?? '', ...settledOf(settling.get(row.month ?? '')) }));
  }, [sla.data, trend.data]);
  const bars = useMemo(
    () => states.map((state): Series<SlaRow> => ({ id: state, label: t(`cycle.sla.${state}`), color: slaColors[state], value: (row) => row[state] })),
    [t],
  );
  const overall = sla.data?.overall;
  const comparison = sla.data && 'comparison' in sla.data ? sla.data.comparison : undefined;
  const change = comparison?.changes.breachRate;
  const sameAge = useSameAgeNote()(comparison?.returnsRequestedBy, 'sentence');

  return (
    <MonthlyChartFrame
      marks="stackedBars"
      title={t('cycle.sla.title', { days: format.number(slaDays) })}
      description={
        overall &&
        t('cycle.sla.summary', {
          rate: format.percent(overall.breachRate),
          late: format.number(overall.resolvedLate + overall.openLate),
          judged: format.number(overall.resolvedOnTime + overall.resolvedLate + overall.openLate),
          change: format.percentPoints(change?.absolute),
        }) + (sameAge ? ` ${sameAge}` : '')
      }
      query={combinedQuery([sla, trend])}
      rows={rows}
      returnWindow={trend.data}
      settledBy="resolutions"
      series={bars}
      isEmpty={!overall || overall.received === 0}
      unavailable={unavailable}
      formatValue={(value) => format.number(value)}
      formatAxis={format.compactNumber}
      describeCounts={(row) => t('cycle.sla.monthBreach', { rate: format.percent(row.breachRate) })}
      filters={filters}
      actions={actions}
    />
  );
}
