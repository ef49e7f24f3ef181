/** How a chart draws one measure of its rows: the chart never knows the API's field names. */
export interface Series<Row> {
  id: string;
  label: string;
  color: string;
  value: (row: Row) => number | null;
  /** A thinner, secondary line (e.g. p90 beside p50). */
  secondary?: boolean;
  /** Where a month is still open: the figure expected once it closes, and its interval. */
  estimate?: (row: Row) => SeriesEstimate | null;
}

/** A provisional month's estimated final figure and the interval around it. */
export interface SeriesEstimate {
  expected: number | null;
  low: number | null;
  high: number | null;
}
