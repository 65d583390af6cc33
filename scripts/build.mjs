// Bundles the runnable entry points (CLI, language server, prettier plugin, VS Code
// extension) with esbuild: one file each, so cold start does not walk node_modules.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename, dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const targets = [
  // The CLI is split so `survey check` never loads the emitters, the formatter or
  // prettier: `build` and `fmt` import them on demand (separate chunks).
  {
    entry: 'packages/cli/src/main.ts',
    out: 'packages/cli/dist/survey.mjs',
    format: 'esm',
    external: ['prettier', '@duckdb/node-api', 'exceljs'],
    split: true,
  },
  // The server formats through the prettier plugin; prettier's standalone build bundles
  // cleanly into one CJS file (its Node entry needs import.meta and pulls in every parser).
  {
    entry: 'packages/language-server/src/main.ts',
    out: 'packages/language-server/dist/server.cjs',
    format: 'cjs',
    alias: { prettier: 'prettier/standalone' },
  },
  {
    entry: 'packages/prettier-plugin-survey/src/index.ts',
    out: 'packages/prettier-plugin-survey/dist/index.mjs',
    format: 'esm',
    external: ['prettier'],
  },
  { entry: 'packages/vscode/src/extension.ts', out: 'packages/vscode/dist/extension.js', format: 'cjs', external: ['vscode'] },
];

// The parser's lookahead paths, recorded from the same sources as the bundles, so that a
// bundled parser does not analyse its grammar at every start (packages/syntax/src/lookahead.ts).
async function recordLookahead() {
  const out = await build({
    entryPoints: [join(root, 'packages/syntax/src/lookahead-record.ts')],
    bundle: true,
    write: false,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    conditions: ['@survey/source', 'module'],
    logLevel: 'warning',
  });
  const dir = mkdtempSync(join(tmpdir(), 'survey-lookahead-'));
  try {
    const file = join(dir, 'record.mjs');
    writeFileSync(file, out.outputFiles[0].contents);
    const { recordLookahead: record } = await import(pathToFileURL(file).href);
    return record();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const lookahead = await recordLookahead();

const banner = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";
await Promise.all(
  targets
    .filter((t) => existsSync(join(root, t.entry)))
    .map((t) =>
      build({
        entryPoints: t.split ? { [basename(t.out, '.mjs')]: join(root, t.entry) } : [join(root, t.entry)],
        ...(t.split
          ? { outdir: join(root, dirname(t.out)), splitting: true, chunkNames: 'chunks/[name]-[hash]', outExtension: { '.js': '.mjs' } }
          : { outfile: join(root, t.out) }),
        // Bundles skip chevrotain's grammar self-checks at start-up (the tests run them) and
        // read the recorded lookahead (a JSON string: parsed faster than an object literal).
        define: { __SURVEY_BUNDLED__: 'true', __SURVEY_LOOKAHEAD_JSON__: JSON.stringify(JSON.stringify(lookahead)) },
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: t.format,
        external: t.external ?? [],
        // The workspace packages' TypeScript sources (their exports' "@survey/source"
        // condition), not their published dist; 'module' is esbuild's default, kept.
        conditions: ['@survey/source', 'module'],
        alias: t.alias,
        banner: t.format === 'esm' ? { js: banner } : undefined,
        logLevel: 'warning',
        legalComments: 'none',
      }),
    ),
);
