import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { FindingCard } from '../causes/FindingCard.tsx';
import { useCauses, type Finding } from '../causes/use-causes.ts';
import type { Filters } from '../filters/filter-params.ts';
import { monthPeriod, shiftMonth } from './review-month.ts';
import '../causes/Causes.css';

const shown = 3;

/** A finding is new when its excess started in the quarter, growing when the month's rate is above the quarter's. */
function newOrGrowing(finding: Finding, month: string): { kind: 'new' | 'growing'; detail: string } | undefined {
  const quarterStart = `${shiftMonth(month, -2)}-01`;
  if (finding.timing.startMonth && finding.timing.startMonth >= quarterStart) return { kind: 'new', detail: finding.timing.startMonth };
  const thisMonth = finding.series.find((point) => point.month === `${month}-01`);
  if (thisMonth?.rate != null && thisMonth.rate > finding.evidence.rate) return { kind: 'growing', detail: String(thisMonth.rate) };
  return undefined;
}

/** The monthly review's causes: the top findings of the quarter ending with the month that are new or growing. */
export function ReviewCauses({ filters, month }: { filters: Filters | null; month: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const quarter = filters && { ...filters, from: `${shiftMonth(month, -2)}-01`, to: monthPeriod(month).to };
  const causes = useCauses(quarter, 25);
  const picked = (causes.data?.findings ?? [])
    .map((finding) => ({ finding, why: newOrGrowing(finding, month) }))
    .filter((entry): entry is { finding: Finding; why: NonNullable<ReturnType<typeof newOrGrowing>> } => entry.why !== undefined)
    .slice(0, shown);
  return (
    <ChartFrame
      title={t('causes.reviewTitle')}
      description={t('causes.reviewDescription')}
      query={causes}
      isEmpty={picked.length === 0}
      emptyState={<p>{t('causes.reviewNone')}</p>}
      placeholderHeight={200}
    >
      <ol className="findings">
        {picked.map(({ finding, why }) => (
          <li key={finding.rank}>
            <p className="finding__badge">
              {why.kind === 'new'
                ? t('causes.new', { month: format.monthLong(why.detail) })
                : t('causes.growing', { rate: format.percent(Number(why.detail)) })}
            </p>
            <FindingCard finding={finding} compact />
          </li>
        ))}
      </ol>
    </ChartFrame>
  );
}
