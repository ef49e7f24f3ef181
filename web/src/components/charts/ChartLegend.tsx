import { useId } from 'react';
import './ChartLegend.css';

export interface LegendItem {
  label: string;
  color: string;
  mark: 'line' | 'thin-line' | 'dashed-line' | 'bar' | 'hatched-bar' | 'band';
}

interface ChartLegendProps {
  items: LegendItem[];
  /** A sentence saying what a mark means, e.g. why some months are dashed. */
  note?: string;
  /** What an estimate drawn on the chart rests on, said beside it. */
  assumption?: string;
}

function LegendMark({ item, patternId }: { item: LegendItem; patternId: string }) {
  if (item.mark === 'band') {
    return (
      <svg width="18" height="12" aria-hidden="true" className="chart-legend__mark">
        <rect width="18" height="12" rx="2" fill={item.color} fillOpacity={0.18} />
        <circle cx="9" cy="6" r="2.5" fill="none" stroke={item.color} strokeWidth={1.5} />
      </svg>
    );
  }
  if (item.mark === 'bar' || item.mark === 'hatched-bar') {
    const hatched = item.mark === 'hatched-bar';
    return (
      <svg width="12" height="12" aria-hidden="true" className="chart-legend__mark">
        {hatched && (
          <defs>
            <pattern id={patternId} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="4" height="4" fill={item.color} fillOpacity={0.25} />
              <rect width="2" height="4" fill={item.color} />
            </pattern>
          </defs>
        )}
        <rect width="12" height="12" rx="2" fill={hatched ? `url(#${patternId})` : item.color} />
      </svg>
    );
  }
  return (
    <svg width="18" height="12" aria-hidden="true" className="chart-legend__mark">
      <line
        x1="0"
        y1="6"
        x2="18"
        y2="6"
        stroke={item.color}
        strokeWidth={item.mark === 'thin-line' ? 1.5 : 2.5}
        strokeDasharray={item.mark === 'dashed-line' ? '4 3' : undefined}
      />
    </svg>
  );
}

/** An HTML legend above the plot: it wraps, prints, and can say in words what a mark means. */
export function ChartLegend({ items, note, assumption }: ChartLegendProps) {
  const baseId = useId();
  return (
    <div className="chart-legend">
      <ul className="chart-legend__items">
        {items.map((item, index) => (
          <li key={item.label} className="chart-legend__item">
            <LegendMark item={item} patternId={`${baseId}-${index}`} />
            {item.label}
          </li>
        ))}
      </ul>
      {note && <p className="chart-legend__note">{note}</p>}
      {assumption && <p className="chart-legend__note">{assumption}</p>}
    </div>
  );
}
