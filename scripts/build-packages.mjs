// Builds what the published packages ship besides the bundles of scripts/build.mjs
// (the CLI, the language server and the prettier plugin, run by their bins and by
// prettier): for every package that is not private, each entry of its `exports` map
// that has an "@survey/source" condition becomes
//   - its "default" file: the package's own sources bundled into one ESM file, every
//     dependency left as an import (they are the package's declared dependencies);
//   - its "types" file: declarations from tsc, emitted in dependency order so that a
//     package's declarations import its dependencies' published ones.
// `--pack DIR` then writes one `npm pack` tarball per package into DIR.
// Usage: node scripts/build-packages.mjs [--pack DIR] [--no-bundles]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const packAt = args.indexOf('--pack');
const packDir = packAt >= 0 ? resolve(args[packAt + 1] ?? '') : undefined;
if (packAt >= 0 && !args[packAt + 1]) fail('--pack needs a directory');

// Entry files written by scripts/build.mjs (self-contained bundles): not rebuilt here.
const bundledBy = new Set(['packages/prettier-plugin-survey/dist/index.mjs']);

function fail(message) {
  process.stderr.write(`build-packages: ${message}\n`);
  process.exit(2);
}

/** The workspace packages that are published (no `private`), in dependency order. */
export function publishedPackages() {
  const dirs = readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'packages', d.name, 'package.json')))
    .map((d) => join(root, 'packages', d.name));
  const all = dirs.map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }));
  const published = all.filter((p) => !p.manifest.private);
  const byName = new Map(published.map((p) => [p.manifest.name, p]));
  const ordered = [];
  const visit = (p, path = []) => {
    if (ordered.includes(p)) return;
    if (path.includes(p)) fail(`dependency cycle: ${[...path, p].map((q) => q.manifest.name).join(' → ')}`);
    for (const dep of Object.keys(p.manifest.dependencies ?? {})) {
      if (byName.has(dep)) visit(byName.get(dep), [...path, p]);
    }
    ordered.push(p);
  };
  for (const p of published.sort((a, b) => a.manifest.name.localeCompare(b.manifest.name))) visit(p);
  return ordered;
}

/** [source file, default (JS) file, types file] for each exports entry with a source condition. */
function entriesOf({ manifest }) {
  return Object.values(manifest.exports ?? {})
    .filter((e) => typeof e === 'object' && e['@survey/source'])
    .map((e) => ({ source: e['@survey/source'], js: e.default, types: e.types }));
}

async function bundleLibrary(pkg) {
  const entries = entriesOf(pkg).filter((e) => !bundledBy.has(relative(root, join(pkg.dir, e.js))));
  if (entries.length === 0) return;
  const ext = extname(entries[0].js);
  if (entries.some((e) => extname(e.js) !== ext || dirname(e.js) !== './dist')) {
    fail(`${pkg.manifest.name}: every library entry must be ./dist/<name>${ext}`);
  }
  rmSync(join(pkg.dir, 'dist/lib'), { recursive: true, force: true });
  await build({
    entryPoints: Object.fromEntries(entries.map((e) => [basename(e.js, ext), join(pkg.dir, e.source)])),
    outdir: join(pkg.dir, 'dist'),
    outExtension: { '.js': ext },
    splitting: true, // entries of one package share their modules (one copy of each class)
    chunkNames: 'lib/[name]-[hash]',
    bundle: true,
    packages: 'external',
    conditions: ['@survey/source', 'module'],
    define: { __SURVEY_BUNDLED__: 'true' },
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    legalComments: 'none',
  });
}

/**
 * Deletes the chunk files of earlier builds (esbuild names chunks by content hash and
 * never removes old ones) so the tarball holds only what its entries import.
 */
function pruneStaleChunks(pkg) {
  const dist = join(pkg.dir, 'dist');
  const entries = readdirSync(dist).filter((f) => /\.(m|c)?js$/.test(f));
  const reached = new Set();
  const queue = entries.map((f) => join(dist, f));
  while (queue.length > 0) {
    const file = queue.pop();
    if (reached.has(file) || !existsSync(file)) continue;
    reached.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/["'](\.\.?\/[^"'\n]+\.m?js)["']/g)) queue.push(resolve(dirname(file), m[1]));
  }
  for (const sub of ['chunks', 'lib']) {
    if (!existsSync(join(dist, sub))) continue;
    for (const f of readdirSync(join(dist, sub))) if (!reached.has(join(dist, sub, f))) rmSync(join(dist, sub, f));
  }
}

/** tsc's options from the root tsconfig, turned into a declarations-only build of one package. */
function declarationOptions(pkg) {
  const configPath = join(root, 'tsconfig.json');
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
  return {
    ...parsed.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    noCheck: true, // `npm run typecheck` checks the sources; this only writes declarations
    // Dependencies resolve to their published declarations (built before this one).
    customConditions: [],
    rootDir: join(pkg.dir, 'src'),
    outDir: join(pkg.dir, 'dist/types'),
    lib: ['lib.es2023.d.ts'],
  };
}

// Declarations keep the sources' `./x.ts` specifiers; published ones point at `./x.js`,
// which every module resolution maps to `./x.d.ts`.
const tsSpecifier = /(['"])(\.{1,2}\/[^'"\n]*?)\.ts\1/g;

// Parsed files shared by the packages' programs: the standard library, @types/node and
// the third-party declarations are parsed once, not once per package.
const parsed = new Map();

function cachingHost(options) {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) => {
    // Workspace packages resolve to their real paths (packages/…), never under node_modules.
    const shared = file.split(sep).includes('node_modules');
    if (!shared) return getSourceFile(file, language, ...rest);
    const key = `${file}\0${JSON.stringify(language)}`;
    if (!parsed.has(key)) parsed.set(key, getSourceFile(file, language, ...rest));
    return parsed.get(key);
  };
  return host;
}

function declarations(pkg) {
  const entries = entriesOf(pkg);
  if (entries.length === 0) return;
  rmSync(join(pkg.dir, 'dist/types'), { recursive: true, force: true });
  const options = declarationOptions(pkg);
  const program = ts.createProgram(
    entries.map((e) => join(pkg.dir, e.source)),
    options,
    cachingHost(options),
  );
  const written = [];
  const result = program.emit(undefined, (file, text) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text.replace(tsSpecifier, '$1$2.js$1'));
    written.push(file);
  });
  const errors = [...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics(), ...result.diagnostics];
  if (errors.length > 0) fail(`${pkg.manifest.name}:\n${ts.formatDiagnostics(errors, ts.createCompilerHost(options))}`);
  for (const e of entries) {
    if (!written.includes(join(pkg.dir, e.types))) fail(`${pkg.manifest.name}: tsc wrote no ${e.types}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  if (!args.includes('--no-bundles')) {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  }
  const packages = publishedPackages();
  await Promise.all(packages.map(bundleLibrary));
  for (const pkg of packages) if (existsSync(join(pkg.dir, 'dist'))) pruneStaleChunks(pkg);
  for (const pkg of packages) declarations(pkg);
  if (packDir) {
    mkdirSync(packDir, { recursive: true });
    // One npm for every package; scripts off: everything is built above.
    const out = execFileSync('npm', ['pack', ...packages.map((p) => p.dir), '--pack-destination', packDir, '--ignore-scripts', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    for (const info of JSON.parse(out)) console.log(join(packDir, info.filename));
  }
}
