import { ensureWebBuild } from '../../server/web-build.ts';

/** The browser tests serve the built app: build it once, before any test file starts. */
export default async function setup() {
  await ensureWebBuild((line) => console.log(line));
}
