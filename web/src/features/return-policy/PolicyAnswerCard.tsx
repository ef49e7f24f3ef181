import type { ReactNode } from 'react';

interface PolicyAnswerCardProps {
  title: string;
  /** The headline figure and what it is. */
  figure: string;
  figureLabel: string;
  facts: { label: string; value: string }[];
  assumptions: ReactNode;
}

/** One answer of the simulator: its figure, the figures beside it, and what it assumes. */
export function PolicyAnswerCard({ title, figure, figureLabel, facts, assumptions }: PolicyAnswerCardProps) {
  return (
    <article className="policy-answer">
      <h3 className="policy-answer__title">{title}</h3>
      <p className="policy-answer__figure">{figure}</p>
      <p className="policy-answer__figure-label">{figureLabel}</p>
      <dl className="policy-answer__facts">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {assumptions}
    </article>
  );
}
