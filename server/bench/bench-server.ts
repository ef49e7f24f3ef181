// The real server for the benchmark, in a process of its own so that its memory is its own:
// started as `npm start` starts it (without building the web app), on the port the settings name.
// Prints one JSON line with its URL once it listens; stops on SIGTERM.
//
// It also times bare SQL on request, so that the benchmark can alternate one request over HTTP and
// the same request's SQL straight on DuckDB in the same process, under the same load: each line
// on stdin is { id, statements: [{ sql, params }] }, answered on stdout with { id, ms }. The
// read-only DuckDB instance for that opens on the first such line, after the memory was measured.
import { createInterface } from 'node:readline';
import { DuckDBInstance, listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { readSettings } from '../config.ts';
import { startServer } from '../serve.ts';
import { parameterTypes } from '../store/parameter-types.ts';

export interface BareStatement {
  sql: string;
  /** Lists travel as { list: [...] }. */
  params: Record<string, string | number | boolean | null | { list: (string | number)[] }>;
}

const settings = readSettings();
const server = await startServer(settings, { buildWeb: false });
process.once('SIGTERM', async () => {
  await server.close();
  process.exit(0);
});
console.log(JSON.stringify({ url: server.url }));

let bare: Promise<DuckDBConnection> | undefined;
const openBare = async () => {
  const config: Record<string, string> = { access_mode: 'READ_ONLY', memory_limit: settings.memoryLimit };
  if (settings.threads) config.threads = String(settings.threads);
  return (await DuckDBInstance.create(settings.databasePath, config)).connect();
};

const decode = (params: BareStatement['params']): Record<string, DuckDBValue> =>
  Object.fromEntries(Object.entries(params).map(([name, value]) => [name, value !== null && typeof value === 'object' ? listValue(value.list) : value]));

for await (const line of createInterface({ input: process.stdin })) {
  const { id, statements } = JSON.parse(line) as { id: number; statements: BareStatement[] };
  const connection = await (bare ??= openBare());
  const started = performance.now();
  for (const { sql, params } of statements) {
    // typed as the app types them, so that an empty list binds as it does there
    const values = decode(params);
    await connection.runAndReadAll(sql, values, parameterTypes(values));
  }
  console.log(JSON.stringify({ id, ms: performance.now() - started }));
}
