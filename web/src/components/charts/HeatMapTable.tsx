import { Link } from 'react-router';
import { sequentialColor, textColorOn } from '../../lib/color-scale.ts';
import './HeatMapTable.css';

export interface HeatColumn {
  key: string;
  label: string;
  /** Columns of the same group sit under one spanning header. */
  group: { key: string; label: string; color: string };
}

export interface HeatCell {
  value: number | null;
  text: string;
  /** Exact figures and the n behind them, on hover. */
  title: string;
  /** Where a click on the cell goes (its rows). */
  href?: string;
}

interface HeatMapTableProps<Row> {
  caption: string;
  rowHeader: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  rowLabel: (row: Row) => string;
  columns: readonly HeatColumn[];
  cell: (row: Row, column: HeatColumn) => HeatCell;
  /** The value that gets the darkest colour. */
  max: number;
}

/**
 * A heat map drawn as a real table: screen readers read it cell by cell, every cell is a link
 * reachable with Tab, and the text colour is chosen for contrast on each shade.
 */
export function HeatMapTable<Row>({ caption, rowHeader, rows, rowKey, rowLabel, columns, cell, max }: HeatMapTableProps<Row>) {
  const groups: { key: string; label: string; color: string; span: number }[] = [];
  for (const column of columns) {
    const last = groups.at(-1);
    if (last && last.key === column.group.key) last.span += 1;
    else groups.push({ ...column.group, span: 1 });
  }
  return (
    <div className="heat-map__scroll">
      <table className="heat-map">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td />
            {groups.map((group) => (
              <th key={group.key} scope="colgroup" colSpan={group.span} className="heat-map__group" style={{ borderColor: group.color }}>
                {group.label}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col" className="heat-map__corner">
              {rowHeader}
            </th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="heat-map__column">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row">{rowLabel(row)}</th>
              {columns.map((column) => {
                const content = cell(row, column);
                const background = content.value === null ? undefined : sequentialColor(max > 0 ? content.value / max : 0);
                const style = background ? { background, color: textColorOn(background) } : undefined;
                return (
                  <td key={column.key} style={style} title={content.title}>
                    {content.href ? <Link to={content.href}>{content.text}</Link> : content.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
