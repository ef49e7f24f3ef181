import { useTranslation } from 'react-i18next';
import type { Benchmark } from './use-benchmarks.ts';

/** "Publisher, year", linked to the page the figure was read on, the sentence it came from on hover. */
export function BenchmarkSource({ entry }: { entry: Pick<Benchmark, 'source' | 'quote'> }) {
  const { t } = useTranslation();
  return (
    <span className="benchmark-source">
      <a href={entry.source.url} target="_blank" rel="noreferrer noopener" title={`“${entry.quote}” — ${entry.source.title}`}>
        {entry.source.publisher}
      </a>
      , {entry.source.year ?? t('benchmarks.undated')}
    </span>
  );
}
