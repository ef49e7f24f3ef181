import { z } from 'zod';

/** The shop figures an outside benchmark can stand beside (docs/metrics.md, "Outside benchmarks"). */
export const benchmarkMetrics = ['returnRateUnits', 'returnRateOrders', 'returnRateValue', 'retentionRate', 'claimRate'] as const;
export const benchmarkKinds = ['return_rate', 'retained_revenue', 'claim_threshold'] as const;

const text = z.string().trim().min(1);

/**
 * Where a figure was published. Required on every entry, the user's own included: an outside
 * figure without its source is not shown (issue 13, "every outside benchmark shown names its source").
 */
export const benchmarkSourceSchema = z.object({
  publisher: text.max(300),
  title: text.max(500),
  url: z.url({ protocol: /^https?$/ }).max(2000),
  /** The year the figure refers to; null when the page carries no date (said so where shown). */
  year: z.number().int().min(1990).max(2100).nullable(),
  /** When someone read the page (YYYY-MM-DD). */
  accessed: z.iso.date(),
});

/** An entry as written by hand (the published table) or through the API (its id comes from the route). */
export const benchmarkFieldsSchema = z.object({
  kind: z.enum(benchmarkKinds),
  metric: z.enum(benchmarkMetrics),
  scope: z.object({
    category: text.max(100).optional(),
    region: text.max(100).optional(),
    /** ISO 3166-1 alpha-2, upper case: a Mercado Libre threshold is chosen by it. */
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO country code of two capital letters').optional(),
    channel: text.max(100).optional(),
  }),
  /** A share (0.145 is 14.5 %), as the shop's rates are. */
  value: z.number().min(0).max(1),
  unit: z.literal('share'),
  /** What the figure counts (units, orders or value; online or all retail; which year). */
  definition: text.max(2000),
  /** How it differs from the shop figure it is shown beside. */
  comparison: text.max(2000),
  /** The shop category names (compared without case or accents) a category figure is shown beside. */
  categoryNames: z.array(text.max(100)).max(50),
  source: benchmarkSourceSchema,
  /** The sentence of the source the figure was taken from, for a reviewer to check. */
  quote: text.max(2000),
});

export const benchmarkIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lower-case letters, digits and dashes');
export const benchmarkEntrySchema = benchmarkFieldsSchema.extend({ id: benchmarkIdSchema });

export type BenchmarkFields = z.infer<typeof benchmarkFieldsSchema>;
export type BenchmarkEntry = z.infer<typeof benchmarkEntrySchema>;

/** The versioned table in data/benchmarks/published-benchmarks.json. */
export const publishedTableSchema = z
  .object({
    schemaVersion: z.literal(1),
    tableVersion: z.iso.date(),
    entries: z.array(benchmarkEntrySchema).min(1),
  })
  .refine((table) => new Set(table.entries.map((e) => e.id)).size === table.entries.length, { message: 'entry ids must be unique' });
export type PublishedTable = z.infer<typeof publishedTableSchema>;
