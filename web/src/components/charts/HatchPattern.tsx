interface HatchPatternProps {
  id: string;
  color: string;
}

/** Diagonal stripes in a series' colour: how a provisional month's bar is told apart from a final one. */
export function HatchPattern({ id, color }: HatchPatternProps) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={color} fillOpacity={0.22} />
      <rect width="3" height="6" fill={color} fillOpacity={0.85} />
    </pattern>
  );
}
