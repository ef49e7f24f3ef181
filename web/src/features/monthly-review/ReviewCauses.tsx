import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { FindingCard } from '../causes/FindingCard.tsx';
import { useCauses, type Finding } from '../causes/use-causes.ts';
import { useMissingDataMessage } from '../dataset/MissingDataMessage.tsx';
import { rateNeeds } from '../dataset/missing-fields.ts';
import type { Filters } from '../filters/filter-params.ts';
import { comparedMonthName } from './compared-month.ts';
import { newOrGrowing, type NewOrGrowing } from './new-or-growing.ts';
import { monthPeriod, shiftMonth } from './review-month.ts';
import '../causes/Causes.css';

const shown = 3;

/** The monthly review's causes: the top findings of the quarter ending with the month that are new or growing. */
export function ReviewCauses({ filters, month }: { filters: Filters | null; month: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const quarter = filters && { ...filters, from: `${shiftMonth(month, -2)}-01`, to: monthPeriod(month).to };
  const causes = useCauses(quarter, 25);
  const picked = (causes.data?.findings ?? [])
    .map((finding) => ({ finding, why: newOrGrowing(finding, month) }))
    .filter((entry): entry is { finding: Finding; why: NewOrGrowing } => entry.why !== undefined)
    .slice(0, shown);
  // without returns (or sales) there is no excess to find: "no new finding" would read as measured
  const unavailable = useMissingDataMessage(rateNeeds);
  return (
    <ChartFrame
      title={t('causes.reviewTitle')}
      description={t('causes.reviewDescription')}
      query={causes}
      isEmpty={picked.length === 0}
      emptyState={<p>{t('causes.reviewNone')}</p>}
      unavailable={unavailable}
      placeholderHeight={200}
    >
      <ol className="findings">
        {picked.map(({ finding, why }) => (
          <li key={finding.rank}>
            <p className="finding__badge">
              {why.kind === 'new'
                ? t('causes.new', { month: format.monthLong(why.since) })
                : t(why.sameAge ? 'causes.growingSameAge' : 'causes.growing', {
                    rate: format.percent(why.rate),
                    before: format.percent(why.previousRate),
                    month: comparedMonthName(why.previousPeriod, format, t),
                  })}
            </p>
            <FindingCard finding={finding} compact />
          </li>
        ))}
      </ol>
    </ChartFrame>
  );
}
