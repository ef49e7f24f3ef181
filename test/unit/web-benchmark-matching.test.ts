import { describe, expect, it } from 'vitest';
import { categoryBenchmarks, foldName, overallBenchmarks } from '../../web/src/features/benchmarks/benchmark-matching.ts';

const entry = (id: string, metric: string, category?: string, categoryNames: string[] = []) => ({ id, metric, scope: category ? { category } : {}, categoryNames });
const entries = [
  entry('overall-value', 'returnRateValue'),
  entry('apparel', 'returnRateValue', 'apparel', ['Indumentaria', 'ropa', 'vestuário']),
  entry('retention', 'retentionRate'),
];

describe('which outside benchmarks stand beside which shop figure', () => {
  it('folds case, accents and spaces', () => {
    expect(foldName('  Vestuário ')).toBe('vestuario');
  });

  it('overall figures: the metric, without a category', () => {
    expect(overallBenchmarks(entries, 'returnRateValue').map((e) => e.id)).toEqual(['overall-value']);
    expect(overallBenchmarks(entries, 'retentionRate').map((e) => e.id)).toEqual(['retention']);
  });

  it('a category figure goes beside each shop category named in its list, and nowhere else', () => {
    expect(categoryBenchmarks(entries, 'returnRateValue', ['INDUMENTARIA', 'Calzado', 'Vestuario'])).toEqual([{ entry: entries[1], categories: ['INDUMENTARIA', 'Vestuario'] }]);
    expect(categoryBenchmarks(entries, 'returnRateValue', ['Calzado'])).toEqual([]);
    expect(categoryBenchmarks(entries, 'returnRateUnits', ['Indumentaria'])).toEqual([]);
  });
});
