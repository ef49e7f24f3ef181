import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { useReasonLabel } from '../../i18n/use-reason-label.ts';
import { useFormat } from '../../lib/format-context.ts';
import { useSameAgeNote } from '../../metrics/use-same-age-note.ts';
import { DrillLink } from '../drill-down/DrillLink.tsx';
import type { Filters } from '../filters/filter-params.ts';
import type { Mover } from './movers.ts';
import { useMovers } from './use-movers.ts';
import './MoversList.css';

/** The name of a mover as a reader says it: "Calzado", "ZAP-URB-42", "Talle chico". */
export function useMoverName() {
  const reasonLabel = useReasonLabel();
  return (mover: Pick<Mover, 'dimension' | 'key'>) => (mover.dimension === 'reason' ? reasonLabel(mover.key) : mover.key);
}

interface MoversListProps {
  filters: Filters | null;
  /**
   * The same filters over the period to compare with; with `requestedBy`, so that both are counted
   * at the same age (and the list says so).
   */
  before: Filters | null;
  /** Which period that is, in words. */
  description: string | undefined;
  /** Why there is nothing to compare with (the period lies before the data), said instead of the list. */
  unavailable?: ReactNode;
}

/** "What changed": the values whose return rate moved most against the comparison period. */
export function MoversList({ filters, before, description, unavailable }: MoversListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = useMoverName();
  const sameAgeNote = useSameAgeNote();
  const { query, movers, overall } = useMovers(filters, before);

  return (
    <ChartFrame
      title={t('movers.title')}
      description={description}
      query={query}
      isEmpty={movers.length === 0}
      emptyState={<p>{t('movers.none')}</p>}
      unavailable={unavailable}
      placeholderHeight={180}
    >
      {before?.requestedBy && <p className="muted movers__same-age">{sameAgeNote(before.requestedBy)}</p>}
      {overall && (
        <p className="movers__overall">
          {t('movers.overall', {
            before: format.percent(overall.rateBefore),
            now: format.percent(overall.rateNow),
            change: format.percentPoints(overall.change),
            units: format.number(overall.impactUnits, 0),
          })}
        </p>
      )}
      <ol className="movers">
        {movers.map((mover) => {
          const worse = mover.change > 0;
          return (
            <li key={`${mover.dimension}:${mover.key}`} className="movers__item">
              <span className={worse ? 'movers__arrow is-worse' : 'movers__arrow is-better'} aria-hidden="true">
                {worse ? '▲' : '▼'}
              </span>
              <span className="movers__what">
                <DrillLink target={{ view: 'returns', filters: { [mover.dimension]: mover.key } }}>{name(mover)}</DrillLink>
                <span className="muted"> · {t(`movers.dimension.${mover.dimension}`)}</span>
              </span>
              <span className="movers__figures">
                {t('movers.rate', { now: format.percent(mover.rateNow), before: format.percent(mover.rateBefore) })}{' '}
                <strong className={worse ? 'is-worse' : 'is-better'}>{format.percentPoints(mover.change)}</strong>
                <span className="visually-hidden"> {worse ? t('movers.worse') : t('movers.better')}</span>
              </span>
              <span className="movers__impact muted">
                {t(worse ? 'movers.moreUnits' : 'movers.fewerUnits', { units: format.number(Math.abs(mover.impactUnits)) })}
              </span>
            </li>
          );
        })}
      </ol>
    </ChartFrame>
  );
}
