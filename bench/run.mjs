#!/usr/bin/env node
// `npm run bench`: the performance table of issue 6. Every candidate runs in its own
// fresh child process (mixing candidates in one process distorted timings 2-5x),
// each round runs every candidate once in interleaved order, and each figure is the
// median over rounds of the per-process medians. These machines drift up to 2x, so
// only the ratios to a reference measured in the same run count; a change under 25%
// is noise. Writes bench/RESULTS.md with the machine and the git commit.
//
//   npm run bench                       # 3 rounds, 500 / 5,000 / 20,000 questions
//   npm run bench -- --rounds 5
//   npm run bench -- --quick            # 3 rounds, skips the 20,000-question runs
//   npm run bench -- --only check,cli   # a subset (groups: check, build, cli, lsp, format, memory, ajv, form, analyze, wording)
//   npm run bench -- --no-build --no-write
//   BENCH_ANALYZE_ROWS=20000 npm run bench -- --only analyze   # quick smoke test of the analyze row
//   npm run bench -- --only wording     # precision and recall of the wording rules on bench/wording's corpus
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem, platform, release, arch } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build as esbuild } from 'esbuild';
import { generateSurvey } from './generate.mjs';
import { analyzeColumns, analyzeData, RATINGS } from './analyze-data.mjs';
import { lspSession } from './lsp/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cache = join(here, '.cache');
const opts = parseArgs(process.argv.slice(2));
const rounds = Math.max(3, Number(opts.rounds ?? 3));
const sizes = opts.quick ? [500, 5000] : [500, 5000, 20000];
const groups = new Set(String(opts.only ?? 'check,build,cli,lsp,format,memory,ajv,form,analyze').split(','));
const analyzeRows = Number(process.env.BENCH_ANALYZE_ROWS ?? 1_000_000);
// the generated .survey files are for every group but analyze and wording
const needSurveys = [...groups].some((g) => g !== 'analyze' && g !== 'wording');
const log = (s) => process.stderr.write(s + '\n');

mkdirSync(join(cache, 'cases'), { recursive: true });

// ---------------------------------------------------------------- preparation
if (!opts['no-build']) {
  log('building bundles (scripts/build.mjs) …');
  const b = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
  if (b.status !== 0) log(`  build failed (continuing with what exists):\n${b.stderr}`);
}

if (needSurveys) log('generating surveys …');
const files = {};
for (const n of needSurveys ? sizes : []) {
  const g = generateSurvey({ questions: n, seed: 42 });
  const surveyPath = join(cache, `bench-${n}.survey`);
  writeFileSync(surveyPath, g.text);
  files[n] = { survey: surveyPath, surveyBytes: Buffer.byteLength(g.text), data: g.data, text: g.text };
}

const bundles = {};
async function bundle(name) {
  if (name in bundles) return bundles[name];
  const out = join(cache, 'cases', `${name}.mjs`);
  try {
    await esbuild({
      entryPoints: [join(here, 'cases', `${name}.mjs`)],
      outfile: out,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      external: ['prettier', 'ajv', 'ajv-formats', '@duckdb/node-api', 'exceljs', 'echarts', 'playwright-core'],
      conditions: ['@survey/source', 'module'], // the workspace packages' sources, not their dist
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      logLevel: 'silent',
    });
    bundles[name] = { path: out };
  } catch (e) {
    bundles[name] = {
      error: String(e.message ?? e)
        .split('\n')
        .slice(0, 3)
        .join(' '),
    };
  }
  return bundles[name];
}

function runNode(args, { env } = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const wallMs = performance.now() - t0;
  return { ...r, wallMs };
}

async function child(name, args) {
  const b = await bundle(name);
  if (b.error) return { error: b.error };
  const r = runNode([b.path, ...args]);
  const last = r.stdout.trim().split('\n').pop();
  try {
    if (r.status !== 0) throw new Error(`exit ${r.status}`);
    return JSON.parse(last);
  } catch (e) {
    return { error: `${e.message}: ${(r.stderr || r.stdout).trim().split('\n').slice(-4).join(' | ')}` };
  }
}

// The reference JSON: the survey-json emitter's output when it exists, else
// JSON.stringify (2-space indent) of the generator's equivalent plain object.
let jsonSource = 'JSON.stringify(generator data, null, 2) — survey-json emitter not available';
for (const n of needSurveys ? sizes : []) {
  const jsonPath = join(cache, `bench-${n}.survey.json`);
  const emitted = await child('emit-json', ['--file', files[n].survey, '--out', jsonPath]);
  if (emitted.error || !existsSync(jsonPath)) {
    writeFileSync(jsonPath, JSON.stringify(files[n].data, null, 2));
  } else {
    jsonSource = 'the survey-json emitter output (`<id>.survey.json`)';
  }
  files[n].json = jsonPath;
  files[n].jsonBytes = Buffer.byteLength(readFileSync(jsonPath, 'utf8'));
}

// -------------------------------------------------------------- candidates
/** name → { case, args } ; run once per round, in this order. */
const candidates = [];
const add = (group, key, caseName, args) => groups.has(group) && candidates.push({ key, caseName, args });
for (const n of needSurveys ? sizes : []) {
  add('check', `json-${n}`, 'json-parse', ['--file', files[n].json]);
  add('check', `check-${n}`, 'check', [
    '--file',
    files[n].survey,
    ...(n >= 20000 ? ['--iterations', '2', '--warmup', '1', '--phases', 'false'] : n >= 5000 ? ['--iterations', '3'] : []),
  ]);
}
add('lsp', 'reparse-5000', 'reparse', ['--file', files[5000]?.survey]);
add('build', 'build-5000', 'build', ['--file', files[5000]?.survey]);
add('format', 'format-5000', 'format', ['--file', files[5000]?.survey]);
if (groups.has('format')) add('format', 'prettier-json-5000', 'prettier-json', ['--file', sameSizeJson(5000)]);
const big = sizes[sizes.length - 1];
add('memory', `mem-check-${big}`, 'check', ['--file', files[big]?.survey, '--iterations', '1', '--warmup', '0', '--phases', 'false']);
add('memory', `mem-json-${big}`, 'json-parse', ['--file', files[big]?.json, '--iterations', '1', '--warmup', '0']);
add('memory', `mem-idle-${big}`, 'idle', ['--file', files[big]?.survey]);
add('ajv', 'ajv-5000', 'ajv-schema', ['--file', files[5000]?.survey]);
// The form in Chromium at two sizes, for the time to usable and its growth (needs Debian's chromium).
for (const n of [500, 5000]) add('form', `form-${n}`, 'form-interactive', ['--file', files[n]?.survey, '--iterations', '3']);
let analyzeInput;
if (groups.has('analyze')) {
  log(`generating ${analyzeRows.toLocaleString('en')} responses for the analyze row …`);
  analyzeInput = await analyzeData(cache, analyzeRows);
  add('analyze', 'analyze', 'analyze', ['--survey', analyzeInput.survey, '--file', analyzeInput.csv]);
  add('analyze', 'duckdb-means', 'duckdb-means', [
    '--file',
    analyzeInput.csv,
    '--columns',
    analyzeColumns()
      .slice(0, RATINGS + 1)
      .join(','),
  ]);
}

/** A JSON file of the same byte size as the 5,000-question survey, for the prettier baseline. */
function sameSizeJson(n) {
  const target = files[n].surveyBytes;
  let json = JSON.stringify(files[n].data, null, 2);
  while (Buffer.byteLength(json) < target) json = JSON.stringify([files[n].data, JSON.parse(json)], null, 2);
  const data = JSON.parse(json);
  // Trim whole array elements / questions until the size is within 2% of the target.
  const sections = (Array.isArray(data) ? data[0] : data).sections;
  while (Buffer.byteLength(JSON.stringify(data, null, 2)) > target * 1.02 && sections.length > 1) sections.pop();
  const path = join(cache, `same-size-${n}.json`);
  writeFileSync(path, JSON.stringify(data, null, 2));
  return path;
}

const results = Object.fromEntries(candidates.map((c) => [c.key, []]));
const cli = { survey: [], node: [], error: undefined };
const cliBuild = { ms: [], error: undefined };
const lsp = { survey: [], json: [], error: undefined };
const cliPath = join(root, 'packages/cli/dist/survey.mjs');
const serverPath = join(root, 'packages/language-server/dist/server.cjs');
const smallFile = join(root, 'examples/instant-feedback/instant.survey');

for (let round = 1; round <= rounds; round++) {
  log(`round ${round}/${rounds}`);
  for (const c of candidates) {
    const r = await child(c.caseName, c.args);
    results[c.key].push(r);
    log(
      `  ${c.key.padEnd(22)} ${r.error ? 'ERROR ' + r.error.slice(0, 200) : fmtMs(r.ms) + (r.maxRssKB ? `  rss ${(r.maxRssKB / 1024).toFixed(0)} MB` : '')}`,
    );
  }
  if (groups.has('cli')) {
    if (!existsSync(cliPath)) cli.error = 'packages/cli/dist/survey.mjs not built';
    else {
      for (let i = 0; i < 5; i++) {
        cli.node.push(runNode(['-e', '0']).wallMs);
        const r = runNode([cliPath, 'check', smallFile]);
        if (r.status !== 0) cli.error = `exit ${r.status}: ${(r.stderr || r.stdout).trim().slice(0, 200)}`;
        cli.survey.push(r.wallMs);
      }
      log(`  cli check (cold)       ${fmtMs(median(cli.survey))} vs node -e 0 ${fmtMs(median(cli.node))}`);
    }
  }
  if (groups.has('build') && existsSync(cliPath)) {
    const outDir = join(cache, 'build-out');
    rmSync(outDir, { recursive: true, force: true });
    const r = runNode([cliPath, 'build', files[5000].survey, '-o', outDir]);
    if (r.status !== 0) cliBuild.error = `exit ${r.status}: ${(r.stderr || r.stdout).trim().split('\n')[0].slice(0, 160)}`;
    else cliBuild.ms.push(r.wallMs);
    log(`  cli build 5000 (cold)  ${cliBuild.error ?? fmtMs(r.wallMs)}`);
  }
  if (groups.has('lsp')) await lspRound();
}

/** Completion after `on ` of a rating question, hover on a question id, the outline; all in the middle of the file. */
function surveyProbes(text, uri) {
  const lines = text.split('\n');
  const mid = Math.floor(lines.length / 2);
  const find = (re) => {
    for (let l = mid; l < lines.length; l++) {
      const m = re.exec(lines[l]);
      if (m) return { line: l, character: m.index + m[0].length };
    }
    return { line: 0, character: 0 };
  };
  const doc = { textDocument: { uri } };
  return [
    { name: 'completion', method: 'textDocument/completion', params: { ...doc, position: find(/^\s+rating q\d+ .* on /) } },
    { name: 'hover', method: 'textDocument/hover', params: { ...doc, position: find(/^\s+\w+ q/) } },
    { name: 'documentSymbol', method: 'textDocument/documentSymbol', params: doc },
  ];
}

async function lspRound() {
  const n = 5000;
  const surveyText = files[n].text;
  const jsonText = readFileSync(files[n].json, 'utf8');
  const editor = (pattern) => (i, text) => {
    const lines = text.split('\n');
    const mid = Math.floor(lines.length / 2) + i * 7;
    for (let l = mid; l < lines.length; l++) {
      const at = lines[l].search(pattern);
      if (at >= 0) return { line: l, character: at + lines[l].slice(at).indexOf('"') + 1, insert: 'x' };
    }
    return { line: 0, character: 0, insert: ' ' };
  };
  try {
    const r = await lspSession({
      command: process.execPath,
      args: [join(here, 'lsp/json-server.mjs')],
      cwd: root,
      uri: 'file:///bench/bench-5000.survey.json',
      languageId: 'json',
      text: jsonText,
      editAt: editor(/": "/),
    });
    lsp.json.push(r);
    log(`  lsp json-parse server  change ${fmtMs(median(r.times))}  init ${fmtMs(r.initializeMs)}`);
  } catch (e) {
    lsp.error = `json server: ${e.message}`;
  }
  if (!existsSync(serverPath)) {
    lsp.error = 'packages/language-server/dist/server.cjs not built yet';
    return;
  }
  try {
    const uri = 'file://' + files[n].survey;
    const r = await lspSession({
      command: process.execPath,
      args: [serverPath, '--stdio', '--debounce-ms=0'],
      cwd: root,
      uri,
      languageId: 'survey',
      text: surveyText,
      editAt: editor(/^\s+(rating|single|multi|text|number|matrix|date|yesno|nps|ranking) q\d+ "/),
      probes: surveyProbes,
    });
    lsp.survey.push(r);
    log(
      `  lsp survey server      change ${fmtMs(median(r.times))} p90 ${fmtMs(p90(r.times))}  init ${fmtMs(r.initializeMs)}  open ${fmtMs(r.openMs)}`,
    );
  } catch (e) {
    lsp.error = `survey server: ${e.message}`;
  }
}

// ------------------------------------------------------------------ summary
const med = (key, field = 'ms') => {
  const xs = (results[key] ?? []).filter((r) => !r.error && typeof r[field] === 'number').map((r) => r[field]);
  return xs.length ? median(xs) : undefined;
};
const errorOf = (key) => (results[key] ?? []).find((r) => r.error)?.error;
const rows = [];
const row = (measure, value, reference, ratio, goal, pass, note = '') => rows.push({ measure, value, reference, ratio, goal, pass, note });

const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);
if (groups.has('check')) {
  for (const n of sizes) {
    const c = med(`check-${n}`);
    const j = med(`json-${n}`);
    if (c === undefined || j === undefined) {
      row(
        `parse+bind+check throughput, ${n.toLocaleString('en')} q`,
        'n/a',
        '',
        '',
        '≥ 0.10',
        undefined,
        errorOf(`check-${n}`) ?? errorOf(`json-${n}`),
      );
      continue;
    }
    const sT = mbps(files[n].surveyBytes, c);
    const jT = mbps(files[n].jsonBytes, j);
    row(
      `parse+bind+check throughput, ${n.toLocaleString('en')} q (${kb(files[n].surveyBytes)})`,
      `${sT.toFixed(2)} MB/s (${fmtMs(c)})`,
      `JSON.parse ${jT.toFixed(0)} MB/s (${fmtMs(j)}, ${kb(files[n].jsonBytes)})`,
      (sT / jT).toFixed(3),
      '≥ 0.10',
      sT / jT >= 0.1,
    );
    const p = med(`check-${n}`, 'parseMs');
    if (p !== undefined)
      row(
        `  of which parse (lex+parse+AST), ${n.toLocaleString('en')} q`,
        `${mbps(files[n].surveyBytes, p).toFixed(2)} MB/s (${fmtMs(p)})`,
        'JSON.parse',
        (mbps(files[n].surveyBytes, p) / jT).toFixed(3),
        '',
        undefined,
      );
  }
  const pts = sizes.map((n) => [n, med(`check-${n}`)]).filter(([, t]) => t !== undefined);
  if (pts.length >= 2) {
    const k = slope(pts);
    const [n0, t0] = pts[0];
    const [n1, t1] = pts[pts.length - 1];
    row(
      `growth exponent of check time, ${n0.toLocaleString('en')}→${n1.toLocaleString('en')} q`,
      k.toFixed(2),
      `${fmtMs(t0)} → ${fmtMs(t1)}`,
      (Math.log(t1 / t0) / Math.log(n1 / n0)).toFixed(2) + ' (end points)',
      '≈ 1.0 (linear)',
      k < 1.15,
    );
  }
}
if (groups.has('build')) {
  const b = med('build-5000');
  const j = med('json-5000');
  if (b !== undefined)
    row(
      'full build (4 emitters), 5,000 q, in process',
      fmtMs(b),
      j ? `JSON.parse ${fmtMs(j)}` : '',
      j ? (b / j).toFixed(1) + 'x' : '',
      '< 0.5 s',
      b < 500,
    );
  else row('full build (4 emitters), 5,000 q, in process', 'n/a', '', '', '< 0.5 s', undefined, errorOf('build-5000'));
  const html = results['build-5000']?.find((r) => !r.error && r.htmlBytes);
  if (html)
    row(
      'HTML form of 5,000 q (bytes)',
      `${(html.htmlBytes / 1e6).toFixed(1)} MB`,
      `survey JSON ${(html.jsonBytes / 1e6).toFixed(1)} MB`,
      (html.htmlBytes / html.jsonBytes).toFixed(1) + 'x',
      '≤ 3 MB',
      html.htmlBytes <= 3e6,
    );
  if (cliBuild.ms.length)
    row(
      '`survey build` 5,000 q, cold CLI',
      fmtMs(median(cliBuild.ms)),
      cli.node.length ? `node -e 0 ${fmtMs(median(cli.node))}` : '',
      cli.node.length ? (median(cliBuild.ms) / median(cli.node)).toFixed(1) + 'x' : '',
      '< 1 s',
      median(cliBuild.ms) < 1000,
    );
  else row('`survey build` 5,000 q, cold CLI', 'n/a', '', '', '< 1 s', undefined, cliBuild.error ?? 'CLI not built');
}
if (groups.has('cli')) {
  if (cli.survey.length && !cli.error) {
    const s = median(cli.survey);
    const nd = median(cli.node);
    row(
      'CLI cold start: `survey check` one small file',
      fmtMs(s),
      `node -e 0 ${fmtMs(nd)}`,
      (s / nd).toFixed(2) + 'x',
      '≤ 2.0x',
      s / nd <= 2.0,
    );
  } else row('CLI cold start: `survey check` one small file', 'n/a', '', '', '≤ 2.0x', undefined, cli.error);
}
if (groups.has('lsp')) {
  const rp = med('reparse-5000');
  const full = med('reparse-5000', 'fullParseMs');
  const rr = results['reparse-5000']?.find((r) => !r.error);
  if (rp !== undefined)
    row(
      'incremental re-parse, one-character edit, 5,000 q',
      fmtMs(rp),
      `full parse ${fmtMs(full)}`,
      (rp / full).toFixed(3),
      '',
      undefined,
      `${rr.incremental}/${rr.edits} edits incremental`,
    );
  else row('incremental re-parse, one-character edit, 5,000 q', 'n/a', '', '', '', undefined, errorOf('reparse-5000'));
  const jsonTimes = lsp.json.flatMap((r) => r.times);
  const surveyTimes = lsp.survey.flatMap((r) => r.times);
  const jm = jsonTimes.length ? median(jsonTimes) : undefined;
  if (surveyTimes.length) {
    const sm = median(surveyTimes);
    row(
      'LSP one-line didChange → publishDiagnostics, 5,000 q (median; server run with --debounce-ms=0)',
      fmtMs(sm),
      jm ? `JSON.parse server ${fmtMs(jm)}` : '',
      jm ? (sm / jm).toFixed(1) + 'x' : '',
      '< 50 ms',
      sm < 50,
    );
    row(
      'LSP didChange → publishDiagnostics, 5,000 q (p90)',
      fmtMs(p90(surveyTimes)),
      jsonTimes.length ? `JSON.parse server ${fmtMs(p90(jsonTimes))}` : '',
      '',
      '',
      undefined,
    );
    const si = median(lsp.survey.map((r) => r.initializeMs));
    const nd = cli.node.length ? median(cli.node) : undefined;
    for (const name of ['completion', 'hover', 'documentSymbol']) {
      const ts = lsp.survey.flatMap((r) => r.requests?.[name] ?? []);
      if (!ts.length) continue;
      const m = median(ts);
      row(
        `LSP ${name}, 5,000 q (median, after the edit's diagnostics)`,
        fmtMs(m),
        jm ? `JSON.parse server change ${fmtMs(jm)}` : '',
        jm ? (m / jm).toFixed(2) + 'x' : '',
        '< 30 ms',
        m < 30,
        `p90 ${fmtMs(p90(ts))}`,
      );
    }
    row(
      'LSP spawn → initialize result',
      fmtMs(si),
      nd ? `node -e 0 ${fmtMs(nd)}` : '',
      nd ? (si / nd).toFixed(2) + 'x' : '',
      '≤ 2.5x',
      nd ? si / nd <= 2.5 : undefined,
    );
    row(
      'LSP didOpen → first publishDiagnostics, 5,000 q',
      fmtMs(median(lsp.survey.map((r) => r.openMs))),
      '',
      '',
      '',
      undefined,
      `${lsp.survey[0].firstDiagnostics} diagnostics; sync kind ${lsp.survey[0].syncKind}`,
    );
  } else
    row(
      'LSP one-line didChange → publishDiagnostics, 5,000 q',
      'n/a',
      jm ? `JSON.parse server ${fmtMs(jm)}` : '',
      '',
      '< 50 ms',
      undefined,
      lsp.error,
    );
}
if (groups.has('format')) {
  const f = med('format-5000');
  const p = med('prettier-json-5000');
  const pBytes = results['prettier-json-5000']?.find((r) => !r.error)?.bytes;
  if (f !== undefined && p !== undefined) {
    const fT = mbps(files[5000].surveyBytes, f);
    const pT = mbps(pBytes, p);
    row(
      'formatter throughput, 5,000 q',
      `${fT.toFixed(2)} MB/s (${fmtMs(f)})`,
      `prettier JSON ${pT.toFixed(2)} MB/s (${fmtMs(p)}, ${kb(pBytes)})`,
      (fT / pT).toFixed(2),
      '≥ 3', // issue 14: three times prettier's JSON throughput
      fT / pT >= 3,
    );
  } else
    row(
      'formatter throughput, 5,000 q',
      'n/a',
      p !== undefined ? `prettier JSON ${fmtMs(p)}` : '',
      '',
      '≥ 3',
      undefined,
      errorOf('format-5000') ?? errorOf('prettier-json-5000'),
    );
}
if (groups.has('memory')) {
  const m = med(`mem-check-${big}`, 'maxRssKB');
  const j = med(`mem-json-${big}`, 'maxRssKB');
  const idle = med(`mem-idle-${big}`, 'maxRssKB');
  if (m !== undefined)
    row(
      `peak memory (max RSS), check ${big.toLocaleString('en')} q`,
      `${(m / 1024).toFixed(0)} MB`,
      `JSON.parse ${(j / 1024).toFixed(0)} MB; idle node ${(idle / 1024).toFixed(0)} MB`,
      `${(m / j).toFixed(1)}x JSON.parse's (${((m - idle) / Math.max(1, j - idle)).toFixed(1)}x above idle)`,
      "≤ 1.5x JSON.parse's",
      m <= 1.5 * j,
    );
}
if (groups.has('ajv')) {
  const a = results['ajv-5000']?.find((r) => !r.error);
  if (a) {
    const d = med('ajv-5000', 'defaultMs');
    row(
      "ajv compile of the 5,000-q response schema, ajv's default options",
      a.defaultCompiled ? fmtMs(d) : `fails after ${fmtMs(d)}`,
      a.mode,
      '',
      'compiles, < 1.5 s',
      a.defaultCompiled && d < 1500,
      a.defaultNote ?? '',
    );
    row(
      'ajv compile of the 5,000-q response schema, allErrors: true',
      fmtMs(med('ajv-5000')),
      a.mode,
      '',
      'compiles',
      a.compiled,
      a.note ?? '',
    );
  } else row('ajv compile of the 5,000-q response schema', 'n/a', '', '', 'compiles, < 1.5 s', undefined, errorOf('ajv-5000'));
}

const analyzeRows_ = [];
if (groups.has('form')) {
  const f0 = med('form-500');
  const f1 = med('form-5000');
  const ref = med('form-5000', 'refMs');
  if (f1 !== undefined && ref !== undefined) {
    row(
      'HTML form of 5,000 q usable in Chromium (DOMContentLoaded ended, runtime started)',
      fmtMs(f1),
      `same page without its script ${fmtMs(ref)}`,
      (f1 / ref).toFixed(2) + 'x',
      '< 1 s',
      f1 < 1000,
    );
    if (f0 !== undefined)
      row(
        'growth exponent of the time to usable, 500→5,000 q',
        (Math.log(f1 / f0) / Math.log(10)).toFixed(2),
        `${fmtMs(f0)} → ${fmtMs(f1)}`,
        '',
        '≤ 1.05',
        Math.log(f1 / f0) / Math.log(10) <= 1.05,
      );
  } else row('HTML form of 5,000 q usable in Chromium', 'n/a', '', '', '< 1 s', undefined, errorOf('form-5000'));
}
if (groups.has('analyze')) {
  const a = med('analyze');
  const d = med('duckdb-means');
  const am = med('analyze', 'maxRssKB');
  const dm = med('duckdb-means', 'maxRssKB');
  const n = analyzeRows.toLocaleString('en');
  const bad = (results.analyze ?? []).find((r) => !r.error && r.analysed !== analyzeRows);
  if (a !== undefined && d !== undefined) {
    analyzeRows_.push({
      measure: `\`analyze\`, ${n} responses × 30 questions (CSV ${kb(statSync(analyzeInput.csv).size)}), in process`,
      value: fmtMs(a),
      reference: `DuckDB read_csv + 29 column means in one query ${fmtMs(d)}`,
      ratio: (a / d).toFixed(1) + 'x',
      goal: '≤ 3x',
      pass: a / d <= 3,
      note: bad ? `analysed ${bad.analysed} of ${analyzeRows}` : '',
    });
    analyzeRows_.push({
      measure: `peak memory (max RSS), \`analyze\` ${n} responses`,
      value: `${(am / 1024).toFixed(0)} MB`,
      reference: `DuckDB means ${(dm / 1024).toFixed(0)} MB`,
      ratio: (am / dm).toFixed(1) + 'x',
      goal: 'no growth beyond DuckDB',
      pass: undefined,
    });
  } else
    analyzeRows_.push({
      measure: `\`analyze\`, ${n} responses × 30 questions`,
      value: 'n/a',
      reference: '',
      ratio: '',
      goal: '≤ 3x',
      pass: undefined,
      note: errorOf('analyze') ?? errorOf('duckdb-means'),
    });
}

let wording;
if (groups.has('wording')) {
  log('wording corpus …');
  const w = spawnSync(join(root, 'node_modules/.bin/tsx'), ['--conditions=@survey/source', join(here, 'wording/evaluate.ts'), '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (w.status === 0) {
    wording = JSON.parse(w.stdout);
    process.stdout.write('\nWording rules, precision (P) and recall (R):\n\n' + wording.table + '\n');
  } else log(`  wording evaluation failed:\n${w.stderr}`);
}

const commit = git(['rev-parse', '--short', 'HEAD']);
const dirty = git(['status', '--porcelain', '--untracked-files=no']) ? ' (with uncommitted changes)' : '';
const machine = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  commit: commit + dirty,
  node: process.version,
  os: `${platform()} ${release()} ${arch()}`,
  cpu: `${cpus()[0]?.model ?? '?'} × ${cpus().length}`,
  memory: `${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  rounds,
};
const table = renderTable(rows);
const header = `Machine: ${machine.cpu}, ${machine.memory}, ${machine.os}, Node ${machine.node}. Commit ${machine.commit}. ${machine.date}. Medians of ${rounds} rounds, one fresh process per candidate per round.`;
process.stdout.write(
  '\n' + header + '\n\n' + (rows.length ? table + '\n\n' : '') + (analyzeRows_.length ? renderTable(analyzeRows_) + '\n' : ''),
);

if (!opts['no-write']) {
  const sizesLine = (needSurveys ? sizes : [])
    .map((n) => `${n.toLocaleString('en')} q: ${kb(files[n].surveyBytes)} .survey, ${kb(files[n].jsonBytes)} JSON`)
    .join('; ');
  const md = `# Benchmark results

Written by \`npm run bench\` (bench/run.mjs). Only ratios to a reference measured in the
same run count: these machines drift up to 2x, and a change under 25% is noise.

| | |
|---|---|
| date | ${machine.date} |
| commit | ${machine.commit} |
| node | ${machine.node} |
| os | ${machine.os} |
| cpu | ${machine.cpu} |
| memory | ${machine.memory} |
| method | ${rounds} rounds; each candidate in its own fresh process per round; figure = median over rounds of each process's median |

Inputs: generated by bench/generate.mjs (seed 42): ${sizesLine}.
Reference JSON: ${jsonSource}.

${table}
`;
  // The analyze and wording rows have their own sections: a run of only some groups keeps the other parts.
  const MARK = '<!-- bench:analyze -->';
  const WMARK = '<!-- bench:wording -->';
  const old = existsSync(join(here, 'RESULTS.md')) ? readFileSync(join(here, 'RESULTS.md'), 'utf8') : '';
  const [beforeWording, oldWording = ''] = old.split(WMARK);
  const [oldMain, oldAnalyze] = beforeWording.includes(MARK) ? beforeWording.split(MARK) : [beforeWording, ''];
  const main =
    needSurveys || !oldMain
      ? md + (existsSync(join(here, 'PROFILE.md')) ? '\nProfile of the biggest costs: see bench/PROFILE.md.\n' : '')
      : oldMain;
  const analyzeSection = groups.has('analyze')
    ? `
## \`survey analyze\` at scale

${machine.date}, commit ${machine.commit}, ${rounds} rounds, one fresh process per candidate per round (medians).
Data: bench/analyze-data.mjs, ${analyzeRows.toLocaleString('en')} responses of a 30-question survey (28 ratings,
one NPS question, one single choice; two scores, one target) as CSV, generated once with a seeded generator.
Candidate: \`analyze()\` in process: the CSV is read set-based in one DuckDB scan (SQL generated from the survey checks
each coded cell's spelling, validates, types and scores every response and applies the quality rules; the rows in doubt,
here the 1% invalid ones, are judged row by row) into a table that keeps coded answers as small integers (a view gives the
statistics their doubles), then the statistics (the items' distributions beside the moments scan, on a second connection). Reference: DuckDB reading the same CSV and computing the 29 numeric
columns' means in one query. Where the time goes: bench/PROFILE.md (profile:analyze).
\`BENCH_ANALYZE_ROWS=20000 npm run bench -- --only analyze\` is a quick smoke run.

${renderTable(analyzeRows_)}
`
    : oldAnalyze;
  const wordingSection = wording
    ? `
## Wording rules: precision and recall

${machine.date}, commit ${machine.commit}. \`npm run bench -- --only wording\` (bench/wording/evaluate.ts): every text of
bench/wording's labelled corpus compiled on its own through \`compileText\`; per rule and language, precision = reported
and expected / reported, recall = reported and expected / expected (counts in brackets). The held-out files are never
used to tune the rules. Goal (gated by bench/wording/corpus.test.ts on the development set): precision ≥ 0.95 and
recall ≥ 0.8 per rule and language. Corpus and sources: bench/wording/README.md.

${wording.table}
`
    : oldWording;
  writeFileSync(
    join(here, 'RESULTS.md'),
    main.trimEnd() +
      '\n' +
      (analyzeSection ? `\n${MARK}${analyzeSection.trimEnd()}\n` : '') +
      (wordingSection ? `\n${WMARK}${wordingSection.trimEnd()}\n` : ''),
  );
  log(`wrote ${relative(root, join(here, 'RESULTS.md'))}`);
}

// -------------------------------------------------------------------- utils
function renderTable(rs) {
  const lines = ['| measure | value | reference (same run) | ratio | goal | met |', '|---|---|---|---|---|---|'];
  for (const r of rs) {
    const met = r.pass === undefined ? '' : r.pass ? 'yes' : '**no**';
    lines.push(
      `| ${r.measure} | ${r.value}${r.note ? ` <br>${r.note.replace(/\|/g, '/')}` : ''} | ${r.reference} | ${r.ratio} | ${r.goal} | ${met} |`,
    );
  }
  return lines.join('\n');
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function p90(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.9 * s.length) - 1)];
}
/** Least-squares slope of log(time) against log(size). */
function slope(pts) {
  const xs = pts.map(([n]) => Math.log(n));
  const ys = pts.map(([, t]) => Math.log(t));
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}
function fmtMs(ms) {
  if (ms === undefined || Number.isNaN(ms)) return 'n/a';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}
function kb(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} kB`;
}
function git(args) {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}
function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) continue;
    const key = argv[i].slice(2);
    if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) out[key] = argv[++i];
    else out[key] = true;
  }
  return out;
}
