#!/usr/bin/env node
// CPU profile of the compiler on a generated survey, mapped back to the TypeScript
// sources: self time by function and by file, in a fresh process, after warm-up.
//
//   node bench/profile.mjs                 # check (parse+bind+check), 5,000 questions
//   node bench/profile.mjs --what parse --questions 20000
//   node bench/profile.mjs --what cli      # cold start of `survey check` on a small file
//   node bench/profile.mjs --what edit     # recompile after a one-character edit, as the language server does
//   node bench/profile.mjs --write         # also write bench/PROFILE.md
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import sourceMap from 'source-map-js';
import { generateSurvey } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cache = join(here, '.cache', 'profile');
rmSync(cache, { recursive: true, force: true });
mkdirSync(cache, { recursive: true });
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : true) : def;
};
const what = opt('what', 'check');
const questions = Number(opt('questions', 5000));
const top = Number(opt('top', 30));

const surveyPath = join(cache, `bench-${questions}.survey`);
writeFileSync(surveyPath, generateSurvey({ questions, seed: 42 }).text);

let bundlePath;
let runArgs;
if (what === 'cli') {
  // The real CLI bundle; its source map is built here.
  bundlePath = join(cache, 'survey.mjs');
  await build({
    entryPoints: [join(root, 'packages/cli/src/main.ts')],
    outfile: bundlePath,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: 'external',
    external: ['prettier', '@duckdb/node-api', 'exceljs'],
    // as scripts/build.mjs builds the real CLI: the workspace sources, chevrotain's self-checks skipped
    conditions: ['@survey/source', 'module'],
    define: { __SURVEY_BUNDLED__: 'true' },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  runArgs = [
    '--cpu-prof',
    '--cpu-prof-dir',
    cache,
    '--cpu-prof-interval',
    '100',
    bundlePath,
    'check',
    join(root, 'examples/instant-feedback/instant.survey'),
  ];
} else {
  const entry = join(cache, 'entry.ts');
  writeFileSync(
    entry,
    `import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parse } from '@survey/syntax';
import { compileText, Program, ParseCache, CheckCache, emptyConfig } from '@survey/compiler';
const text = readFileSync(${JSON.stringify(surveyPath)}, 'utf8');
// 'edit': what the language server does per keystroke, one Program and parse cache,
// one character typed into a question text in the middle of the file before each compile,
// incremental checking on (CheckCache).
let current = text;
const program = new Program({ readFile: () => current }, new ParseCache());
const config = emptyConfig();
const checkCache = new CheckCache();
let edits = 0;
const edit = () => {
  const at = current.indexOf(' "', Math.floor(current.length / 2) + (edits++ % 50) * 997) + 2;
  current = current.slice(0, at) + 'x' + current.slice(at);
  return program.compile('/virtual/bench.survey', { config, checkCache });
};
const what = ${JSON.stringify(what)};
const run = () => (what === 'parse' ? parse(text) : what === 'edit' ? edit() : compileText(text));
for (let i = 0; i < 3; i++) run();
const s = new Session();
s.connect();
await s.post('Profiler.enable');
await s.post('Profiler.setSamplingInterval', { interval: 100 });
await s.post('Profiler.start');
const t0 = performance.now();
for (let i = 0; i < 10; i++) run();
const perIteration = (performance.now() - t0) / 10;
const { profile } = await s.post('Profiler.stop');
writeFileSync(${JSON.stringify(join(cache, 'run.cpuprofile'))}, JSON.stringify(profile));
console.log(JSON.stringify({ perIteration }));
`,
  );
  bundlePath = join(cache, 'entry.mjs');
  await build({
    entryPoints: [entry],
    outfile: bundlePath,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: 'external',
    logLevel: 'warning',
    nodePaths: [join(root, 'node_modules')],
    conditions: ['@survey/source', 'module'], // the workspace packages' sources, not their dist
  });
  runArgs = [bundlePath];
}

const r = spawnSync(process.execPath, runArgs, { cwd: root, encoding: 'utf8' });
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(1);
}
const profFile = readdirSync(cache).find((f) => f.endsWith('.cpuprofile'));
const prof = JSON.parse(readFileSync(join(cache, profFile), 'utf8'));
const consumer = new sourceMap.SourceMapConsumer(JSON.parse(readFileSync(bundlePath + '.map', 'utf8')));
const bundleUrl = 'file://' + bundlePath;

const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
for (let i = 0; i < prof.samples.length; i++) selfUs.set(prof.samples[i], (selfUs.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
const byFunction = new Map();
const byFile = new Map();
const byArea = new Map();
let total = 0;
for (const [id, us] of selfUs) {
  const cf = byId.get(id).callFrame;
  let file = cf.url ? cf.url.replace(/^file:\/\//, '') : `(${cf.functionName || 'native'})`;
  let line = cf.lineNumber + 1;
  const name = cf.functionName || '(anonymous)';
  if (cf.url === bundleUrl && cf.lineNumber >= 0) {
    const pos = consumer.originalPositionFor({ line: cf.lineNumber + 1, column: Math.max(0, cf.columnNumber) });
    if (pos.source) {
      file = join(dirname(bundlePath), pos.source);
      line = pos.line;
    }
  }
  file = relative(root, file).replace(/^(\.\.\/)+/, '') || file;
  if (file.startsWith('node_modules/')) file = file.replace(/^node_modules\/(\.pnpm\/)?/, '');
  const key = `${name} — ${file}:${line}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  byFile.set(file, (byFile.get(file) ?? 0) + us);
  const area = areaOf(file);
  byArea.set(area, (byArea.get(area) ?? 0) + us);
  total += us;
}

function areaOf(file) {
  if (file.startsWith('chevrotain/') || file.includes('/chevrotain/'))
    return /lexer|scan|reg_exp|tokens/.test(file) ? 'chevrotain lexer' : 'chevrotain parser';
  if (file.startsWith('lodash')) return 'lodash (chevrotain)';
  if (file.startsWith('packages/'))
    return (
      file
        .split('/')
        .slice(0, 3)
        .join('/')
        .replace(/\/src$/, '') + (file.includes('/rules/') ? ' (rules)' : file.includes('/binder/') ? ' (binder)' : '')
    );
  return file.startsWith('(') ? file : 'node / other';
}

const perIteration = what === 'cli' ? undefined : JSON.parse(r.stdout.trim().split('\n').pop()).perIteration;
const pct = (us) => ((100 * us) / total).toFixed(1) + '%';
const lines = [];
lines.push(
  `Profile: ${what === 'cli' ? '`survey check` cold start on examples/instant-feedback/instant.survey' : `${what === 'parse' ? 'parse' : what === 'edit' ? 'recompile after a one-character edit (one Program + ParseCache + CheckCache, as the language server)' : 'compileText (parse+bind+check)'} of a generated ${questions.toLocaleString('en')}-question survey, 10 runs after 3 warm-up runs${perIteration ? `, ${perIteration.toFixed(0)} ms per run (profiler on)` : ''}`}. Sampled every 100 µs; self time.`,
);
lines.push('');
lines.push('| area | self time | share |', '|---|---|---|');
for (const [k, us] of [...byArea].sort((a, b) => b[1] - a[1]).slice(0, 14))
  lines.push(`| ${k} | ${(us / 1000).toFixed(0)} ms | ${pct(us)} |`);
lines.push('');
lines.push('| function — file:line | self time | share |', '|---|---|---|');
for (const [k, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
  lines.push(`| ${k.replace(/\|/g, '/')} | ${(us / 1000).toFixed(1)} ms | ${pct(us)} |`);
lines.push('');
lines.push('| file | self time | share |', '|---|---|---|');
for (const [k, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15))
  lines.push(`| ${k} | ${(us / 1000).toFixed(0)} ms | ${pct(us)} |`);
const out = lines.join('\n');
process.stdout.write(out + '\n');
if (opt('write', false)) {
  const path = join(here, 'PROFILE.md');
  let prev = '';
  try {
    prev = readFileSync(path, 'utf8');
  } catch {
    /* first write */
  }
  const marker = `<!-- profile:${what}:${questions} -->`;
  const section = `${marker}\n## ${what === 'cli' ? 'CLI cold start' : `${what} — ${questions.toLocaleString('en')} questions`}\n\n${out}\n${marker}`;
  const re = new RegExp(`${marker}[\\s\\S]*?${marker}`);
  const next = prev.includes(marker)
    ? prev.replace(re, section)
    : (prev || '# CPU profiles (bench/profile.mjs)\n\nRegenerate with `node bench/profile.mjs --what check|parse|cli --write`.\n') +
      '\n' +
      section +
      '\n';
  writeFileSync(path, next);
}
