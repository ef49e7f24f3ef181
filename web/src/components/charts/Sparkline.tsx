interface SparklineProps {
  values: readonly (number | null)[];
  /** Index of the first provisional value; from there the line is dashed. */
  provisionalFrom?: number;
  color: string;
}

const width = 120;
const height = 28;
const pad = 2;

function toPath(points: readonly ({ x: number; y: number } | null)[]): string {
  let path = '';
  let penDown = false;
  for (const point of points) {
    if (!point) {
      penDown = false;
      continue;
    }
    path += `${penDown ? 'L' : 'M'}${point.x.toFixed(1)} ${point.y.toFixed(1)}`;
    penDown = true;
  }
  return path;
}

/** A word-sized trend for a KPI card: shape only, no axes. Decorative, the card states the figures. */
export function Sparkline({ values, provisionalFrom = values.length, color }: SparklineProps) {
  const present = values.filter((value): value is number => value !== null);
  if (present.length < 2) return null;
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min || 1;
  const step = (width - pad * 2) / Math.max(values.length - 1, 1);
  const points = values.map((value, index) =>
    value === null
      ? null
      : { x: pad + index * step, y: height - pad - ((value - min) / span) * (height - pad * 2) },
  );
  // The dashed part starts one point early so the two parts meet.
  const finalPart = points.slice(0, provisionalFrom);
  const provisionalPart = points.map((point, index) => (index >= provisionalFrom - 1 ? point : null));

  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" aria-hidden="true">
      <path d={toPath(finalPart)} fill="none" stroke={color} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
      {provisionalFrom < values.length && (
        <path
          d={toPath(provisionalPart)}
          fill="none"
          stroke={color}
          strokeWidth={1.5}
          strokeDasharray="3 2"
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}
