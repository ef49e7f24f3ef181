import type { Benchmark, BenchmarkFields } from './use-benchmarks.ts';

/** The edit form's fields, all text as inputs hold them; the value as a percentage ("14.5"). */
export interface BenchmarkDraft {
  kind: BenchmarkFields['kind'];
  metric: BenchmarkFields['metric'];
  percent: string;
  category: string;
  region: string;
  country: string;
  channel: string;
  categoryNames: string;
  definition: string;
  comparison: string;
  publisher: string;
  title: string;
  url: string;
  year: string;
  accessed: string;
  quote: string;
}

export function draftOf(entry: Benchmark | null, today: string): BenchmarkDraft {
  return {
    kind: entry?.kind ?? 'return_rate',
    metric: entry?.metric ?? 'returnRateValue',
    percent: entry ? String(Math.round(entry.value * 100_000) / 1000) : '',
    category: entry?.scope.category ?? '',
    region: entry?.scope.region ?? '',
    country: entry?.scope.country ?? '',
    channel: entry?.scope.channel ?? '',
    categoryNames: entry?.categoryNames.join(', ') ?? '',
    definition: entry?.definition ?? '',
    comparison: entry?.comparison ?? '',
    publisher: entry?.source.publisher ?? '',
    title: entry?.source.title ?? '',
    url: entry?.source.url ?? '',
    year: entry?.source.year === null || entry?.source.year === undefined ? '' : String(entry.source.year),
    accessed: entry?.source.accessed ?? today,
    quote: entry?.quote ?? '',
  };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The entry to send; the server checks it again (a missing source is refused there too). */
export function fieldsOf(draft: BenchmarkDraft): BenchmarkFields {
  return {
    kind: draft.kind,
    metric: draft.metric,
    value: Number(draft.percent.replace(',', '.')) / 100,
    unit: 'share',
    scope: { category: optional(draft.category), region: optional(draft.region), country: optional(draft.country.toUpperCase()), channel: optional(draft.channel) },
    categoryNames: draft.categoryNames
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    definition: draft.definition.trim(),
    comparison: draft.comparison.trim(),
    source: { publisher: draft.publisher.trim(), title: draft.title.trim(), url: draft.url.trim(), year: draft.year.trim() === '' ? null : Number(draft.year), accessed: draft.accessed },
    quote: draft.quote.trim(),
  };
}
