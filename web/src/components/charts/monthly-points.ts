/**
 * A month of a monthly chart. A provisional month (its return window still open) is drawn
 * dashed; the last final month before it also carries the dashed line so the two parts join.
 */
export interface MonthlyPoint<Row> {
  row: Row;
  month: string;
  provisional: boolean;
  joinsProvisional: boolean;
}

export function toMonthlyPoints<Row>(
  rows: readonly Row[],
  monthOf: (row: Row) => string,
  isProvisional: (row: Row) => boolean,
): MonthlyPoint<Row>[] {
  return rows.map((row, index) => {
    const next = rows[index + 1];
    const provisional = isProvisional(row);
    return {
      row,
      month: monthOf(row),
      provisional,
      joinsProvisional: !provisional && next !== undefined && isProvisional(next),
    };
  });
}
