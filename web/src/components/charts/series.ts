/** How a chart draws one measure of its rows: the chart never knows the API's field names. */
export interface Series<Row> {
  id: string;
  label: string;
  color: string;
  value: (row: Row) => number | null;
  /** A thinner, secondary line (e.g. p90 beside p50). */
  secondary?: boolean;
}
