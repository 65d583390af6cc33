#!/usr/bin/env node
// The CLI runs from its esbuild bundle (fast cold start). `npm ci` builds it through
// the root `prepare` script; a clear message beats a stack trace if it is missing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/survey.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('survey: the CLI is not built. Run `npm run build` at the repository root.\n');
  process.exit(2);
}
await import(bundle);
