import { lazy, Suspense } from 'react';
import { withOnDemandStrings } from '../../i18n/i18n.ts';
import type { OutsideBenchmarksProps } from './OutsideBenchmarks.tsx';

// Its code and strings load after the page's own charts, so a page that shows outside figures
// costs nothing more to open.
const OutsideBenchmarks = lazy(() => withOnDemandStrings(import('./OutsideBenchmarks.tsx')).then((m) => ({ default: m.OutsideBenchmarks })));

/** Outside benchmarks beside the shop's rate (see OutsideBenchmarks), loaded on demand. */
export function LazyOutsideBenchmarks(props: OutsideBenchmarksProps) {
  return (
    <Suspense fallback={null}>
      <OutsideBenchmarks {...props} />
    </Suspense>
  );
}
