import { ensureWebBuild } from '../../server/web-build.ts';

/** The browser tests serve the built app: build it once, before any test file starts. */
export default async function setup() {
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build: three
  // times the size, slower, and left in web/dist for the next `npm start`. Build for production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await ensureWebBuild((line) => console.log(line));
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
