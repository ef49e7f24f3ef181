// Plain JS, as bin/inversa.mjs: a worker thread starts without the main thread's TypeScript loader.
const { register } = await import('tsx/esm/api');
register();
await import('./transcode-worker.ts');
