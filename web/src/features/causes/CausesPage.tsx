import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { useFormat } from '../../lib/format-context.ts';
import { DatasetGate } from '../dataset/DatasetGate.tsx';
import { useFilters } from '../filters/use-filters.ts';
import { FindingCard } from './FindingCard.tsx';
import { useCauses } from './use-causes.ts';
import { useCausesEmptyStates } from './use-causes-empty.tsx';
import './Causes.css';

const limit = 25;

/** Qué arreglar primero: every significant finding, ranked by the money bringing it to baseline would save. */
export function CausesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters } = useFilters();
  const causes = useCauses(filters, limit);
  const data = causes.data;
  const { unavailable, emptyState } = useCausesEmptyStates();
  useDocumentTitle(t('pages.causes.title'));
  return (
    <div className="page-grid">
      <h1 className="page-title">{t('pages.causes.title')}</h1>
      <DatasetGate>
        <ChartFrame
          title={t('causes.pageTitle', { count: data?.findings.length ?? 0, formatted: unavailable ? '—' : format.number(data?.findings.length ?? 0) })}
          description={
            data &&
            t('causes.method', {
              suspects: format.number(data.scanned.suspects),
              trials: format.number(data.scanned.trials),
              significant: format.number(data.scanned.significant),
              q: format.number(data.settings.q, 2),
              minUnits: format.number(data.settings.minUnits),
            })
          }
          query={causes}
          isEmpty={!data || data.findings.length === 0}
          emptyState={emptyState}
          unavailable={unavailable}
          placeholderHeight={500}
        >
          <ol className="findings">
            {data?.findings.map((finding) => (
              <li key={finding.rank}>
                <FindingCard finding={finding} />
              </li>
            ))}
          </ol>
        </ChartFrame>
      </DatasetGate>
    </div>
  );
}
