import { useTranslation } from 'react-i18next';
import type { Formatters } from '../../lib/format.ts';
import { useFormat } from '../../lib/format-context.ts';
import { changeBetween, describeChange, type KpiKind } from '../../metrics/kpi-change.ts';
import { useDataset } from '../dataset/use-dataset.ts';
import { kpiDefinitions, shownValue, type KpiDefinition } from '../../metrics/kpi-definitions.ts';
import type { NowcastRow } from '../../metrics/use-nowcast.ts';
import type { Summary } from '../../metrics/use-summary.ts';

type NowcastEstimate = NonNullable<NowcastRow['estimate']>;

function shown(kind: KpiKind, value: number | null, format: Formatters): string {
  switch (kind) {
    case 'rate':
      return format.percent(value);
    case 'money':
      return format.money(value);
    case 'days':
      return format.days(value);
  }
}

interface Column {
  label: string;
  summary: Summary | undefined;
}

interface ReviewKpiTableProps {
  /** `estimates`: a provisional month's nowcast, its expected final rates and their 80 % interval. */
  month: Column & { estimates?: NowcastEstimate };
  /**
   * The calendar month before, and the same month a year earlier: whole months, not periods of equal
   * length, unless the comparison at the same age cuts them short (labelled by their days then).
   */
  previous: Column;
  yearEarlier: Column;
}

/** The KPIs as a table: this month, the month before and a year earlier, each change coloured by whether it is good. */
export function ReviewKpiTable({ month, previous, yearEarlier }: ReviewKpiTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const dataset = useDataset();
  const valueOf = (kpi: KpiDefinition, summary: Summary) => shownValue(kpi, summary, dataset.data);

  const changeCell = (kpi: KpiDefinition, now: Summary | undefined, before: Summary | undefined) => {
    const change =
      now && before &&
      describeChange(kpi.kind, changeBetween(valueOf(kpi, now), valueOf(kpi, before)), kpi.better, format, (tone) => t(`review.tone.${tone}`));
    if (!change) return <td className="is-numeric muted">—</td>;
    return (
      <td className={`is-numeric review-change review-change--${change.tone}`}>
        {change.text}
        <span className="visually-hidden"> ({change.description})</span>
      </td>
    );
  };
  const valueCell = (kpi: KpiDefinition, summary: Summary | undefined, className = 'is-numeric', estimates?: NowcastEstimate) => {
    const rate = kpi.id as keyof NowcastEstimate['expected'];
    const expected = estimates?.expected[rate];
    return (
      <td className={className}>
        {summary ? shown(kpi.kind, valueOf(kpi, summary), format) : '—'}
        {estimates && expected !== undefined && (
          <span className="review-kpis__estimate">
            {t('review.kpis.estimate', { value: format.percent(expected), low: format.percent(estimates.low[rate]!), high: format.percent(estimates.high[rate]!) })}
          </span>
        )}
      </td>
    );
  };

  return (
    <table className="review-kpis">
      <caption className="visually-hidden">{t('review.kpis.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.kpis.figure')}</th>
          <th scope="col" className="is-numeric">{month.label}</th>
          <th scope="col" className="is-numeric">{previous.label}</th>
          <th scope="col" className="is-numeric">{t('review.kpis.change')}</th>
          <th scope="col" className="is-numeric">{yearEarlier.label}</th>
          <th scope="col" className="is-numeric">{t('review.kpis.change')}</th>
        </tr>
      </thead>
      <tbody>
        {kpiDefinitions.map((kpi) => (
          <tr key={kpi.id}>
            <th scope="row">{t(kpi.label)}</th>
            {valueCell(kpi, month.summary, 'is-numeric review-kpis__now', month.estimates)}
            {valueCell(kpi, previous.summary)}
            {changeCell(kpi, month.summary, previous.summary)}
            {valueCell(kpi, yearEarlier.summary)}
            {changeCell(kpi, month.summary, yearEarlier.summary)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
