import { describe, expect, it } from 'vitest';
import { benchmarkFieldsSchema } from '../../server/benchmarks/benchmark-entry.ts';
import { loadPublishedBenchmarks } from '../../server/benchmarks/published-benchmarks.ts';

describe('the published benchmark table (data/benchmarks/published-benchmarks.json)', () => {
  const table = loadPublishedBenchmarks();

  it('passes its schema, with unique ids', () => {
    expect(table.schemaVersion).toBe(1);
    expect(table.entries.length).toBeGreaterThan(0);
  });

  it.each(table.entries.map((entry) => [entry.id, entry] as const))('%s names its source and the sentence it was read in', (_id, entry) => {
    expect(entry.source.publisher.length).toBeGreaterThan(0);
    expect(entry.source.title.length).toBeGreaterThan(0);
    expect(entry.source.url).toMatch(/^https:\/\//);
    expect(entry.quote.length).toBeGreaterThan(20);
    expect(entry.definition.length).toBeGreaterThan(20);
  });

  it('every figure appears, as a percentage, in the quote it was taken from', () => {
    // 0.145 is written "14.5 percent" or "14.5%", 0.45 "45%": a figure typed in by mistake fails here
    for (const entry of table.entries) {
      const percent = String(Math.round(entry.value * 1000) / 10);
      expect(entry.quote, entry.id).toMatch(new RegExp(`\\b${percent.replace('.', '\\.')}(%| percent)`));
    }
  });

  it('a Mercado Libre threshold names its country, and a category figure the shop categories it matches', () => {
    for (const entry of table.entries.filter((e) => e.kind === 'claim_threshold')) expect(entry.scope.country, entry.id).toMatch(/^[A-Z]{2}$/);
    for (const entry of table.entries.filter((e) => e.scope.category)) expect(entry.categoryNames.length, entry.id).toBeGreaterThan(0);
  });

  it('an entry without a source, or with a source without a link, is refused', () => {
    const { source, ...withoutSource } = table.entries[0]!;
    expect(benchmarkFieldsSchema.safeParse(withoutSource).success).toBe(false);
    expect(benchmarkFieldsSchema.safeParse({ ...withoutSource, source: { ...source, url: '' } }).success).toBe(false);
    expect(benchmarkFieldsSchema.safeParse({ ...withoutSource, source }).success).toBe(true);
  });
});
