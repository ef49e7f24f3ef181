import './ChartTooltip.css';

export interface TooltipLine {
  label: string;
  value: string;
  color?: string;
}

interface ChartTooltipProps {
  title: string;
  /** A word beside the title, e.g. "provisional". */
  badge?: string;
  lines: TooltipLine[];
  /** The n behind the figures. */
  footnote?: string;
}

/** The tooltip body every chart uses: exact figures, and the counts they rest on. */
export function ChartTooltip({ title, badge, lines, footnote }: ChartTooltipProps) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {title}
        {badge && <span className="chart-tooltip__badge">{badge}</span>}
      </p>
      <dl className="chart-tooltip__lines">
        {lines.map((line) => (
          <div key={line.label} className="chart-tooltip__line">
            <dt>
              {line.color && <span className="chart-tooltip__swatch" style={{ background: line.color }} />}
              {line.label}
            </dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
      {footnote && <p className="chart-tooltip__footnote">{footnote}</p>}
    </div>
  );
}
