import type { ReactNode } from 'react';
import { ChartFrame, type FrameQuery } from '../components/ChartFrame.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { RankedBarChart, type RankedItem } from '../components/charts/RankedBarChart.tsx';
import { NoDataMessage } from '../features/dataset/NoDataMessage.tsx';
import { DrillLink } from '../features/drill-down/DrillLink.tsx';
import type { DrillTarget } from '../features/drill-down/drill-params.ts';
import { useDrillDown } from '../features/drill-down/use-drill-down.ts';

/** A figure shown for each bar: a column of the table and a line of the tooltip. */
export interface BarFigure<Item> {
  id: string;
  label: string;
  value: (item: Item) => string;
}

interface RankedBarsFrameProps<Item extends RankedItem> {
  title: string;
  description?: string;
  query: FrameQuery;
  items: Item[];
  /** The first column's header: what the bars are (a category, a carrier…). */
  keyHeader: string;
  /** The first one is the bar's own value. */
  figures: BarFigure<Item>[];
  formatValue: (value: number | null) => string;
  formatAxis: (value: number) => string;
  reference?: { value: number; label: string };
  footnote?: (item: Item) => string | undefined;
  /** The rows behind a bar, when it has any: a click on the bar, a link in the table. */
  target?: (item: Item) => DrillTarget | undefined;
  emptyState?: ReactNode;
  /** Said instead of the bars when the data lacks what they are made of (see ChartFrame). */
  unavailable?: ReactNode;
  placeholderHeight?: number;
  actions?: ReactNode;
}

/** Horizontal bars in their frame, the way every page draws a ranking: tooltip, table and drill-down from one list of figures. */
export function RankedBarsFrame<Item extends RankedItem>({
  title,
  description,
  query,
  items,
  keyHeader,
  figures,
  formatValue,
  formatAxis,
  reference,
  footnote,
  target,
  emptyState = <NoDataMessage />,
  unavailable,
  placeholderHeight = 200,
  actions,
}: RankedBarsFrameProps<Item>) {
  const drill = useDrillDown();
  return (
    <ChartFrame
      title={title}
      description={description}
      query={query}
      isEmpty={items.length === 0}
      emptyState={emptyState}
      unavailable={unavailable}
      placeholderHeight={placeholderHeight}
      actions={actions}
      table={
        <DataTable
          caption={title}
          rows={items}
          rowKey={(item) => item.key}
          columns={[
            {
              id: 'key',
              header: keyHeader,
              cell: (item) => {
                const to = target?.(item);
                return to ? <DrillLink target={to}>{item.label}</DrillLink> : item.label;
              },
            },
            ...figures.map((figure) => ({ id: figure.id, header: figure.label, numeric: true, cell: figure.value })),
          ]}
        />
      }
    >
      <RankedBarChart
        items={items}
        formatValue={formatValue}
        formatAxis={formatAxis}
        reference={reference}
        describe={(item) => ({
          lines: figures.map((figure, index) => ({ label: figure.label, value: figure.value(item), color: index === 0 ? item.color : undefined })),
          footnote: footnote?.(item),
        })}
        onSelect={
          target
            ? (item) => {
                const to = target(item);
                if (to) drill.open(to);
              }
            : undefined
        }
        ariaLabel={title}
      />
    </ChartFrame>
  );
}
