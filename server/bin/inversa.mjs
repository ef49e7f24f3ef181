#!/usr/bin/env node
// The published entry point: plain JS so `npx inversa` and `npm start` run without a build step,
// then TypeScript is loaded through tsx. DuckDB runs its work on libuv's pool, so give it room
// before anything starts the pool.
process.env.UV_THREADPOOL_SIZE ??= '8';
const { register } = await import('tsx/esm/api');
register();
await import('../cli.ts');
