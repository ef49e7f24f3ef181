import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DrillTarget } from './drill-params.ts';
import { useDrillDown } from './use-drill-down.ts';

/** A link to the rows behind a figure: what a click on a chart mark does, reachable from the keyboard. */
export function DrillLink({ target, children, title }: { target: DrillTarget; children: ReactNode; title?: string }) {
  const { href } = useDrillDown();
  return (
    <Link to={href(target)} title={title}>
      {children}
    </Link>
  );
}
