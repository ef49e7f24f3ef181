import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { filterParamsOnly, type Filters } from '../filters/filter-params.ts';
import { FindingCard } from './FindingCard.tsx';
import { useCauses } from './use-causes.ts';
import { useCausesEmptyStates } from './use-causes-empty.tsx';
import './Causes.css';

const shown = 3;

/** "Qué arreglar primero" on the overview: the top findings by money at stake, and a link to all of them. */
export function CausesPanel({ filters }: { filters: Filters | null }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const causes = useCauses(filters, shown);
  const findings = causes.data?.findings ?? [];
  const { unavailable, emptyState } = useCausesEmptyStates();
  return (
    <ChartFrame
      title={t('causes.panelTitle')}
      description={t('causes.panelDescription')}
      query={causes}
      isEmpty={findings.length === 0}
      emptyState={emptyState}
      unavailable={unavailable}
      placeholderHeight={300}
      actions={<Link to={{ pathname: '/causes', search: filterParamsOnly(new URLSearchParams(search)).toString() }}>{t('causes.seeAll')}</Link>}
    >
      <ol className="findings">
        {findings.map((finding) => (
          <li key={finding.rank}>
            <FindingCard finding={finding} compact />
          </li>
        ))}
      </ol>
    </ChartFrame>
  );
}
