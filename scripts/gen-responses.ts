// Writes the synthetic response sets of the examples (examples/<name>/responses/),
// generated deterministically from each compiled survey with a seeded generator.
//   npm run responses              write them
//   npm run responses -- --check   exit 1 when the committed files differ
// (tsx with the "@survey/source" export condition, so the workspace packages resolve to
// their TypeScript sources rather than their published dist.)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drift, generateAll } from './responses/all.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = generateAll(root);
const differs = drift(root, files);
if (process.argv.includes('--check')) {
  if (differs.length) {
    process.stderr.write(`Response files out of date (run npm run responses):\n${differs.map((d) => `  ${d}\n`).join('')}`);
    process.exit(1);
  }
} else {
  for (const d of differs.filter((x) => x.endsWith('(not generated)'))) rmSync(join(root, d.replace(/ \(not generated\)$/, '')));
  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.contents);
  }
  process.stdout.write(`${files.length} response files written, ${differs.length} changed\n`);
}
