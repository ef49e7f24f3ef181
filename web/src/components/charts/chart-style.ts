// Shared look of the cartesian charts: quiet axes and light horizontal gridlines only.
// Tick text colour and size come from ChartFrame.css so print and screen stay in step.

export const chartHeight = 240;

export const chartMargin = { top: 8, right: 12, bottom: 4, left: 4 };

export const gridProps = { stroke: '#e3e7ec', vertical: false } as const;

export const axisProps = { tickLine: false, axisLine: { stroke: '#c9d0d8' } } as const;

// snap125 keeps ticks on 1, 2, 2.5 and 5 × 10ⁿ: 0 %, 5 %, 10 %… rather than 6,5 %, 13 %….
export const valueAxisProps = { tickLine: false, axisLine: false, niceTicks: 'snap125' } as const;

export const tooltipCursor = { stroke: '#9aa5b1', strokeDasharray: '3 3' };

export const barTooltipCursor = { fill: 'rgba(82, 96, 109, 0.08)' };
