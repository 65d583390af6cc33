// Bundles the runnable entry points (CLI, language server, prettier plugin, VS Code
// extension) with esbuild: one file each, so cold start does not walk node_modules.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename, dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const targets = [
  // The CLI's entry (survey.mjs, launch.ts) runs `survey check` from check.cjs with a code
  // cache (see below) and every other command from main.mjs. main.mjs is split so a command
  // loads only what it uses: `build` and `fmt` import the emitters, the formatter and
  // prettier on demand (separate chunks).
  { entry: 'packages/cli/src/launch.ts', out: 'packages/cli/dist/survey.mjs', format: 'esm' },
  {
    entry: 'packages/cli/src/main.ts',
    out: 'packages/cli/dist/main.mjs',
    format: 'esm',
    external: ['prettier', '@duckdb/node-api', 'exceljs'],
    split: true,
  },
  // The check path alone, as CommonJS: Node 20 keeps V8 code caches only for scripts.
  {
    entry: 'packages/cli/src/check-main.ts',
    out: 'packages/cli/dist/check.cjs',
    format: 'cjs',
    external: ['prettier', '@duckdb/node-api', 'exceljs'],
    plugins: [checkOnly()],
    // Bundled ES modules that read import.meta.url (fdir's createRequire) get the bundle's own URL.
    define: { 'import.meta.url': '__survey_import_meta_url' },
    banner: "var __survey_import_meta_url = require('node:url').pathToFileURL(__filename).href;",
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

/** Leaves the commands other than `check` out of the check bundle (launch.ts never sends them there). */
function checkOnly() {
  return {
    name: 'check-only',
    setup(b) {
      b.onResolve({ filter: /\/commands\/(build|analyze|import|fmt)\.ts$/ }, (a) => ({ path: a.path, namespace: 'check-only' }));
      b.onLoad({ filter: /.*/, namespace: 'check-only' }, () => ({
        contents:
          "const other = async () => { throw new Error('only `survey check` runs from check.cjs'); };\n" +
          'export { other as runBuild, other as runAnalyze, other as runImport, other as runFmt };',
        loader: 'js',
      }));
    },
  };
}

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
        define: { __SURVEY_BUNDLED__: 'true', __SURVEY_LOOKAHEAD_JSON__: JSON.stringify(JSON.stringify(lookahead)), ...t.define },
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: t.format,
        external: t.external ?? [],
        // The workspace packages' TypeScript sources (their exports' "@survey/source"
        // condition), not their published dist; 'module' is esbuild's default, kept.
        conditions: ['@survey/source', 'module'],
        alias: t.alias,
        plugins: t.plugins,
        banner: t.format === 'esm' ? { js: banner } : t.banner ? { js: t.banner } : undefined,
        logLevel: 'warning',
        legalComments: 'none',
      }),
    ),
);

// V8's code cache of the check bundle, made by one `survey check` of an example so that it
// holds the functions a check compiles (launch.ts reads it). A cache left from an older
// bundle is removed first: V8 only checks that the source has the same length.
const checkBundle = join(root, 'packages/cli/dist/check.cjs');
rmSync(`${checkBundle}.cache`, { force: true });
if (existsSync(checkBundle)) {
  spawnSync(
    process.execPath,
    [join(root, 'packages/cli/dist/survey.mjs'), 'check', join(root, 'examples/instant-feedback/instant.survey')],
    {
      cwd: root,
      env: { ...process.env, SURVEY_WRITE_CODE_CACHE: '1' },
      stdio: 'ignore',
    },
  );
}
