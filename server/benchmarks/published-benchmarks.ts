import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import { publishedTableSchema, type PublishedTable } from './benchmark-entry.ts';

export const publishedBenchmarksPath = path.join(projectRoot, 'data', 'benchmarks', 'published-benchmarks.json');

/** The published table, checked against its schema: a hand edit that breaks it fails at start, not on a page. */
export function loadPublishedBenchmarks(filePath = publishedBenchmarksPath): PublishedTable {
  return publishedTableSchema.parse(JSON.parse(fs.readFileSync(filePath, 'utf8')));
}
