import type { ReactNode } from 'react';
import './KpiCard.css';

export type ChangeTone = 'good' | 'bad' | 'neutral';

export interface KpiChange {
  text: string;
  direction: 'up' | 'down' | 'flat';
  tone: ChangeTone;
  /** For screen readers and the hover title: what the change is measured against and whether it is good. */
  description: string;
}

interface KpiCardProps {
  label: string;
  /** Absent while loading. */
  value?: string;
  /** The unrounded figure, on hover. */
  exactValue?: string;
  change?: KpiChange;
  detail?: ReactNode;
  trend?: ReactNode;
  /** Set when the figure can still change (its period holds provisional months): the badge's text and, on hover, why. */
  provisional?: { badge: string; note: string };
}

const arrows = { up: '▲', down: '▼', flat: '■' } as const;

/** One headline figure: its value, its change against the comparison period, and its trend. */
export function KpiCard({ label, value, exactValue, change, detail, trend, provisional }: KpiCardProps) {
  const loading = value === undefined;
  return (
    <article className="kpi-card" aria-busy={loading}>
      <h3 className="kpi-card__label">{label}</h3>
      {loading ? (
        <div className="kpi-card__skeleton" />
      ) : (
        <>
          <p className="kpi-card__value" title={exactValue}>
            {value}
          </p>
          {/* Every slot is rendered, even empty, so the cards' shared rows stay aligned. */}
          <p className={`kpi-card__change kpi-card__change--${change?.tone ?? 'neutral'}`} title={change?.description}>
            {change && (
              <>
                <span aria-hidden="true">{arrows[change.direction]}</span> {change.text}
                <span className="visually-hidden"> {change.description}</span>
              </>
            )}
            {provisional && (
              <span className="kpi-card__provisional" title={provisional.note}>
                {provisional.badge}
                <span className="visually-hidden">: {provisional.note}</span>
              </span>
            )}
          </p>
          <p className="kpi-card__detail">{detail}</p>
          <div className="kpi-card__trend">{trend}</div>
        </>
      )}
    </article>
  );
}
