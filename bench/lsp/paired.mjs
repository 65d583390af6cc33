// Paired in-process CPU measurements of the language server's work and the compile,
// for comparing two source trees on a loaded machine: each tree is bundled the way the
// bench bundles, then the bundles run alternately, one fresh process each.
//
//   node bench/lsp/paired.mjs --before /tmp/before [--pairs 3] [--questions 5000] [--what lsp|check|memory]
//
// `--before` is a directory holding an older checkout's `packages/` with its own
// `node_modules/@survey/*` links to them (e.g. `git archive main packages | tar -x`).
// lsp: a Workspace opens the generated survey, then 15 one-character edits in question
// texts in the middle of the file (as bench/run.mjs's LSP row), each timed from `set` to
// the diagnostics as JSON; then hover on a question id and documentSymbol, 7 times each.
// check: compileText, first and warm. memory: one compileText; max RSS.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const { values: opts } = parseArgs({
  options: {
    before: { type: 'string' },
    pairs: { type: 'string', default: '3' },
    questions: { type: 'string', default: '5000' },
    what: { type: 'string', default: 'lsp' },
  },
});
const cache = join(root, 'bench/.cache/paired');
mkdirSync(cache, { recursive: true });

const entry = (what, questions) => `
import { Workspace, diagnosticsFor, hover, documentSymbols } from '@survey/language-server';
import { compileText } from '@survey/compiler';
import { generateSurvey } from ${JSON.stringify(join(root, 'bench/generate.mjs'))};
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
const text = generateSurvey({ questions: ${questions}, seed: 42 }).text;
const what = ${JSON.stringify(what)};
const out = {};
if (what === 'memory') {
  compileText(text);
  out.maxRssMb = process.resourceUsage().maxRSS / 1024;
} else if (what === 'check') {
  let t = cpu();
  compileText(text);
  out.first = cpu() - t;
  const warm = [];
  for (let i = 0; i < 5; i++) { t = cpu(); compileText(text); warm.push(cpu() - t); }
  out.warm = median(warm);
} else {
  const ws = new Workspace({ disk: { readFile: () => undefined } });
  const uri = 'file:///virtual/bench-5000.survey';
  let current = text;
  let t = cpu();
  const path = ws.set(uri, current, 1);
  let hash = JSON.stringify(diagnosticsFor(ws, path)).length;
  out.open = cpu() - t;
  const times = [];
  const pattern = /^\\s+(rating|single|multi|text|number|matrix|date|yesno|nps|ranking) q\\d+ "/;
  for (let i = 0; i < 15; i++) {
    const lines = current.split('\\n');
    const mid = Math.floor(lines.length / 2) + i * 7;
    let offset = 0;
    for (let l = 0; l < lines.length; l++) {
      const at = l >= mid ? lines[l].search(pattern) : -1;
      if (at >= 0) { offset += at + lines[l].slice(at).indexOf('"') + 1; break; }
      offset += lines[l].length + 1;
    }
    current = current.slice(0, offset) + 'x' + current.slice(offset);
    t = cpu();
    ws.set(uri, current, i + 2);
    const json = JSON.stringify(diagnosticsFor(ws, path));
    times.push(cpu() - t);
    hash = (hash * 31 + json.length) % 1000000007;
  }
  out.editMedian = median(times);
  out.editP90 = p90(times);
  const lines = current.split('\\n');
  const mid = Math.floor(lines.length / 2);
  let position = { line: 0, character: 0 };
  for (let l = mid; l < lines.length; l++) {
    const m = /^\\s+\\w+ q/.exec(lines[l]);
    if (m) { position = { line: l, character: m.index + m[0].length }; break; }
  }
  const probe = (f) => {
    const xs = [];
    let size = 0;
    for (let k = 0; k < 7; k++) { t = cpu(); size = JSON.stringify(f()).length; xs.push(cpu() - t); }
    return { median: median(xs), bytes: size };
  };
  out.hover = probe(() => hover(ws, path, position));
  out.symbols = probe(() => documentSymbols(ws, path));
  out.hash = hash;
}
console.log(JSON.stringify(out));
`;

async function bundle(name, packagesRoot, what, questions) {
  // The entry lives in the tree it measures, so '@survey/*' resolves to that tree's packages.
  const dir = join(packagesRoot, 'bench/.cache/paired');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-${what}.ts`);
  writeFileSync(file, entry(what, questions));
  const outfile = join(cache, `${name}-${what}.mjs`);
  await build({
    entryPoints: [file],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    absWorkingDir: packagesRoot,
    nodePaths: [join(packagesRoot, 'node_modules'), join(root, 'node_modules')],
    conditions: ['@survey/source', 'module'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

const what = opts.what;
const questions = Number(opts.questions);
const candidates = [];
if (opts.before) candidates.push({ name: 'before', file: await bundle('before', opts.before, what, questions) });
candidates.push({ name: 'after', file: await bundle('after', root, what, questions) });
for (let p = 0; p < Number(opts.pairs); p++) {
  for (const c of candidates) {
    const r = spawnSync(process.execPath, [c.file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${c.name}: ${r.stderr}`);
    console.log(`${c.name.padEnd(7)} ${r.stdout.trim()}`);
  }
}
