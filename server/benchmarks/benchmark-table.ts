import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ApiError } from '../http/api-error.ts';
import type { Database } from '../store/database.ts';
import { SqlFile } from '../store/sql-file.ts';
import { SqlQuery } from '../store/sql-query.ts';
import { benchmarkFieldsSchema, type BenchmarkEntry, type BenchmarkFields, type PublishedTable } from './benchmark-entry.ts';

/** Where an entry of the table in use comes from: published as is, published but edited here, or added here. */
export type BenchmarkOrigin = 'published' | 'edited' | 'added';
export type ShownBenchmark = BenchmarkEntry & { origin: BenchmarkOrigin };

const overridesQuery = new SqlQuery(
  'benchmark_overrides',
  z.object({ id: z.string(), origin: z.enum(['edited', 'added']), entry: z.string(), savedAt: z.string() }),
  'benchmarks',
);
const save = SqlFile.in('benchmarks', 'save_benchmark_override');
const drop = SqlFile.in('benchmarks', 'delete_benchmark_override');
const dropAll = SqlFile.in('benchmarks', 'delete_all_benchmark_overrides');

/**
 * The benchmarks in use: the published table with the user's edits laid over it and the user's
 * own entries after it. Writes wait their turn like every other write.
 */
export class BenchmarkTable {
  constructor(
    private readonly db: Database,
    private readonly published: PublishedTable,
  ) {}

  get versions() {
    return { schemaVersion: this.published.schemaVersion, tableVersion: this.published.tableVersion };
  }

  async entries(): Promise<ShownBenchmark[]> {
    const overrides = await overridesQuery.run(this.db);
    // an entry stored by an earlier version that no longer passes the schema is left out, not fatal
    const stored = new Map(
      overrides.flatMap((row) => {
        const parsed = benchmarkFieldsSchema.safeParse(JSON.parse(row.entry));
        return parsed.success ? [[row.id, { ...parsed.data, id: row.id, origin: row.origin } as ShownBenchmark]] : [];
      }),
    );
    const published = this.published.entries.map((entry): ShownBenchmark => stored.get(entry.id) ?? { ...entry, origin: 'published' });
    const added = [...stored.values()].filter((entry) => entry.origin === 'added');
    return [...published, ...added];
  }

  /** Replaces an entry, published or added, with the user's version. */
  async edit(id: string, fields: BenchmarkFields): Promise<ShownBenchmark> {
    const current = (await this.entries()).find((entry) => entry.id === id);
    if (!current) throw new ApiError(404, 'benchmark_not_found', `No benchmark "${id}". GET /api/benchmarks lists them.`);
    const origin = current.origin === 'added' ? 'added' : 'edited';
    await this.store(id, origin, fields);
    return { ...fields, id, origin };
  }

  async add(fields: BenchmarkFields): Promise<ShownBenchmark> {
    const id = `user-${randomUUID().slice(0, 8)}`;
    await this.store(id, 'added', fields);
    return { ...fields, id, origin: 'added' };
  }

  /** Drops the user's version: an added entry is gone, an edited one is the published one again. */
  async remove(id: string): Promise<BenchmarkOrigin> {
    const current = (await this.entries()).find((entry) => entry.id === id);
    if (!current) throw new ApiError(404, 'benchmark_not_found', `No benchmark "${id}". GET /api/benchmarks lists them.`);
    if (current.origin === 'published') {
      throw new ApiError(409, 'benchmark_published', `"${id}" is a published figure with no edit to drop. Hide the benchmarks on the page, or edit the figure.`);
    }
    await this.db.inWriteTurn(() => this.db.all(drop.sql, drop.bind({ id })));
    return current.origin;
  }

  /** Back to the published version: every edit and every added entry dropped. Answers how many were. */
  async reset(): Promise<number> {
    const dropped = await this.db.inWriteTurn(() => this.db.all(dropAll.sql));
    return dropped.length;
  }

  private async store(id: string, origin: 'edited' | 'added', fields: BenchmarkFields) {
    const entry = JSON.stringify(fields);
    await this.db.inWriteTurn(() => this.db.all(save.sql, save.bind({ id, origin, entry, savedAt: new Date().toISOString().slice(0, 19) })));
  }
}
