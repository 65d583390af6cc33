// Shared pieces of the fuzz and property tests: run counts (short in `npm test`,
// long with `npm run fuzz -- --runs N`), the example corpus, a token vocabulary,
// mutations of real files, and the checks every compile result must pass.
import fc from 'fast-check';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, walk, keywords, type AnyNode } from '@survey/syntax';
import { build } from '@survey/emitters';
import { compileText, getDiagnosticDef, type CompileResult } from '@survey/compiler';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const regressionsDir = join(dirname(fileURLToPath(import.meta.url)), 'regressions');

/** FUZZ_RUNS overrides every property's run count (set by `npm run fuzz -- --runs N`). */
const envRuns = Number(process.env.FUZZ_RUNS ?? '') || undefined;
export const longRun = envRuns !== undefined;

/**
 * fast-check parameters: `runs` by default, FUZZ_RUNS when set, FUZZ_SEED to replay.
 * The short run in `npm test` uses a fixed seed so CI is reproducible; a long run
 * (`npm run fuzz`) draws a new seed each time to explore.
 */
export function params<T>(runs: number): fc.Parameters<T> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : longRun ? undefined : 20261123;
  const path = process.env.FUZZ_PATH || undefined;
  return { numRuns: envRuns ?? runs, ...(seed !== undefined ? { seed } : {}), ...(path ? { path } : {}) };
}

/** Test timeout: generous for the short run, none to speak of for a long one. */
export const timeout = longRun ? 24 * 3600_000 : 60_000;

/** One input of a property: a source text and the path it is compiled at. */
export interface FuzzCase {
  text: string;
  path?: string;
}

/**
 * Runs `check` on the inputs `arb` generates. On failure: minimizes the shrunk input
 * further by deleting lines while the same kind of error remains, and with
 * FUZZ_SAVE=1 (set by `npm run fuzz`) writes seed, path and both inputs to
 * regressions/, which regressions.test.ts replays.
 */
export async function fuzz<T>(
  name: string,
  arb: fc.Arbitrary<T>,
  toCase: (value: T) => FuzzCase,
  check: (c: FuzzCase) => void | Promise<void>,
  runs: number,
): Promise<void> {
  const prop = fc.asyncProperty(arb, async (v) => {
    try {
      await check(toCase(v));
    } catch (e) {
      // A bug already kept in regressions/ as open: let the fuzzer look for new ones.
      if (!knownOpen.has(errorKind(firstLine(e)))) throw e;
    }
  });
  const details = await fc.check(prop, params<[T]>(runs));
  if (!details.failed) return;
  const error = firstLine(details.errorInstance ?? 'interrupted');
  const shrunk = details.counterexample ? toCase(details.counterexample[0]) : { text: '' };
  const minimal = await minimize(shrunk, check, errorKind(error));
  let saved = '';
  if (process.env.FUZZ_SAVE) {
    mkdirSync(regressionsDir, { recursive: true });
    const file = join(regressionsDir, `${name}-${details.seed}.json`);
    const fixture = {
      property: name,
      status: 'open',
      seed: details.seed,
      path: details.counterexamplePath,
      error,
      file: shrunk.path ? relative(repoRoot, shrunk.path) : undefined,
      input: minimal.text,
      shrunk: shrunk.text,
    };
    writeFileSync(file, JSON.stringify(fixture, null, 2) + '\n');
    saved = `\nSaved as ${relative(repoRoot, file)}.`;
  }
  throw new Error(
    `Property '${name}' failed after ${details.numRuns} runs: ${error}\n` +
      `Replay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath} npx vitest run e2e/fuzz${saved}\n` +
      `Minimal input${shrunk.path ? ` (as ${relative(repoRoot, shrunk.path)})` : ''}:\n${clip(minimal.text)}`,
  );
}

export interface RegressionFixture {
  property: string;
  /** `open` while the bug is not fixed (its test is expected to fail), then `fixed`. */
  status: 'open' | 'fixed';
  seed?: number;
  path?: string;
  error: string;
  /** The file the input stands for (imports resolve from there). */
  file?: string;
  /** The minimized input. */
  input: string;
  /** fast-check's shrunk input, before line minimization. */
  shrunk?: string;
}

export function loadRegressions(): Array<{ name: string; fixture: RegressionFixture }> {
  let names: string[] = [];
  try {
    names = readdirSync(regressionsDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
  return names.map((name) => ({ name, fixture: JSON.parse(readFileSync(join(regressionsDir, name), 'utf8')) as RegressionFixture }));
}

const knownOpen = new Set(
  loadRegressions()
    .filter((r) => r.fixture.status === 'open')
    .map((r) => errorKind(r.fixture.error)),
);

export function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0];
}

/** The error without its specifics (what follows the first quote; numbers), to recognise "the same bug". */
export function errorKind(message: string): string {
  return message
    .split(/['"`]/)[0]
    .replace(/\b(?!SVY)\w*\d+\w*/g, 'N')
    .trim()
    .slice(0, 80);
}

function clip(text: string): string {
  return text.length > 2000 ? text.slice(0, 2000) + `… (${text.length} chars)` : text;
}

/** Line-based delta debugging: drop chunks of lines while `check` still fails the same way. */
export async function minimize(c: FuzzCase, check: (c: FuzzCase) => void | Promise<void>, kind: string, budget = 400): Promise<FuzzCase> {
  const failsSame = async (text: string) => {
    try {
      await check({ ...c, text });
      return false;
    } catch (e) {
      return errorKind(firstLine(e)) === kind;
    }
  };
  let lines = c.text.split('\n');
  let chunk = Math.max(1, lines.length >> 1);
  while (chunk >= 1 && budget > 0) {
    let removed = false;
    for (let i = 0; i < lines.length && budget > 0; i += chunk) {
      const candidate = [...lines.slice(0, i), ...lines.slice(i + chunk)];
      budget--;
      if (candidate.length < lines.length && (await failsSame(candidate.join('\n')))) {
        lines = candidate;
        removed = true;
        i -= chunk;
      }
    }
    if (!removed) chunk >>= 1;
  }
  return { ...c, text: lines.join('\n') };
}

// ------------------------------------------------------------------ corpus
export interface Example {
  /** Absolute path. */
  path: string;
  name: string;
  text: string;
}

function surveyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...surveyFiles(p));
    else if (e.name.endsWith('.survey')) out.push(p);
  }
  return out.sort();
}

export const examples: Example[] = surveyFiles(join(repoRoot, 'examples')).map((path) => ({
  path,
  name: relative(repoRoot, path),
  text: readFileSync(path, 'utf8'),
}));

/** Every example by absolute path, so imports between examples resolve. */
export const exampleFiles: Record<string, string> = Object.fromEntries(examples.map((e) => [e.path, e.text]));

/** Compile `text` as if it were the file at `path` (an example's path by default), imports from the corpus. */
export function compileAt(text: string, path = join(repoRoot, 'examples/fuzz/input.survey')): CompileResult {
  return compileText(text, { path, files: { ...exampleFiles, [path]: text } });
}

// --------------------------------------------------------------- vocabulary
const punctuation = ['{', '}', '(', ')', ',', '==', '!=', '<=', '>=', '<', '>', '=', '+', '-', '*', '/', '..'];
const names = [
  'q1',
  'q2',
  'overall',
  'sat5',
  'nps',
  'vendors',
  'a',
  'b',
  'other',
  'none',
  'yes',
  'no',
  'usage',
  'csat',
  'size',
  'large',
  'mean',
  'rescale',
  'index',
  'topbox',
  'tag',
  'en',
  'zh',
  '_x',
  'Q_9',
];
const numbers = ['0', '1', '2', '5', '9', '10', '1.5', '0.95', '80%', '300', '99999999999999999999', '1e5'];
const strings = [
  '"满意"',
  '""',
  '"x\\"y"',
  '"{q1}"',
  '"{nope}"',
  '"Very satisfied"',
  '"\\\\"',
  '"2024-01-31"',
  '"[a-z]+"',
  '"("',
  '"非常不满意 ({overall})"',
];
const langTags = ['en:', 'zh:', 'zh-Hant:', 'fr:', 'xx-YYYYYYYYY:'];
const trivia = [
  '// comment\n',
  '/* block */',
  '/* unterminated',
  '// survey-disable-next-line SVY2002 -- fuzz\n',
  '// survey-disable-next-line\n',
];
const odd = ['；', '？', '"unterminated', '\u0000', '\uFEFF', '\u3000', '😀', '\\', '#', '@', '$', '.', ':', '%', '\r', '\r\n'];

export const vocabulary: string[] = [...keywords, ...punctuation, ...names, ...numbers, ...strings, ...langTags, ...trivia, ...odd];

const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n  ', '\t', '');

/** A random sequence of language tokens (and a few odd characters) joined by whitespace. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...vocabulary), separator), { maxLength: 120 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

/** Token soup that starts like a survey, so the parser goes deep into the grammar. */
export const surveyShapedSoup: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('survey s {\n', 'survey s { languages zh, en\n', 'scale sat5 1..5 {\n', 'section a "A" {\n', 'choices c {\n'),
    tokenSoup,
    fc.constantFrom('}', '}\n}', '', '\n'),
  )
  .map(([a, b, c]) => a + b + c);

/** Random characters: ASCII, CJK, control and astral characters, lone surrogates. */
export const byteSoup: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({
    unit: fc.constantFrom(...'survey{}()"\\/*-.,:=<>!%0123456789 \n\tabcdefghijklmnopqrstuvwxyz满意度调查；？'.split('')),
    maxLength: 400,
  }),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

// ---------------------------------------------------------------- mutations
export type Mutation =
  { op: 'delete' | 'duplicate'; at: number } | { op: 'swap'; at: number; with: number } | { op: 'replace'; at: number; token: string };

/** Token ranges of a text: significant tokens and comments, in order. */
export function tokenRanges(text: string): Array<[number, number]> {
  const p = parse(text);
  const ranges: Array<[number, number]> = p.tokens.map((t) => [t.startOffset, t.startOffset + t.image.length]);
  for (const c of p.comments) ranges.push([c.range.start, c.range.end]);
  return ranges.sort((a, b) => a[0] - b[0]);
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), token: fc.constantFrom(...vocabulary) }),
);

/** Applies mutations one after the other, re-tokenizing between them. */
export function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const ranges = tokenRanges(out);
    if (ranges.length === 0) break;
    const i = m.at % ranges.length;
    const [s, e] = ranges[i];
    const tok = out.slice(s, e);
    switch (m.op) {
      case 'delete':
        out = out.slice(0, s) + out.slice(e);
        break;
      case 'duplicate':
        out = out.slice(0, e) + ' ' + tok + out.slice(e);
        break;
      case 'replace':
        out = out.slice(0, s) + m.token + out.slice(e);
        break;
      case 'swap': {
        const j = Math.min(ranges.length - 1, Math.max(0, i + (m.with || 1)));
        if (j === i) break;
        const [a, b] = i < j ? [ranges[i], ranges[j]] : [ranges[j], ranges[i]];
        out = out.slice(0, a[0]) + out.slice(b[0], b[1]) + out.slice(a[1], b[0]) + out.slice(a[0], a[1]) + out.slice(b[1]);
        break;
      }
    }
  }
  return out;
}

/** An example and the mutations applied to it; `text` is the mutated source. */
export interface MutatedExample {
  example: Example;
  mutations: Mutation[];
  readonly text: string;
}

export const exampleMutation: fc.Arbitrary<MutatedExample> = fc
  .tuple(fc.constantFrom(...examples.map((_, i) => i)), fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([i, mutations]) => {
    const example = examples[i];
    let cached: string | undefined;
    return {
      example,
      mutations,
      get text() {
        return (cached ??= mutate(example.text, mutations));
      },
      // What fast-check prints for a counterexample: the file and the mutations, not the whole text.
      [fc.toStringMethod]: () => `${example.name} with ${JSON.stringify(mutations)}`,
    };
  });

// ------------------------------------------------------------------- checks
/** The never-crash contract on one input: parse, compile with the corpus for imports, and build what compiles. */
export function compilesWithoutCrashing({ text, path }: FuzzCase): void {
  expectWellFormedParse(text);
  const r = expectWellFormedCompile(text, path);
  if (r.ok && r.survey) {
    let files;
    try {
      files = build(r);
    } catch (e) {
      throw new Error(`build() threw on a survey without errors: ${(e as Error)?.message}`);
    }
    if (files.length !== 4 || files.some((f) => typeof f.contents !== 'string' || f.contents.length === 0))
      throw new Error(`build() returned ${files.length} outputs`);
  }
}

const severities = new Set(['error', 'warning', 'info']);

function inBounds(r: { start: number; end: number } | undefined, length: number): boolean {
  return !!r && Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= length;
}

/** The contract of parse(): a tree, diagnostics and comments whose ranges lie inside the text. */
export function expectWellFormedParse(text: string): void {
  const p = parse(text);
  if (p.ast?.kind !== 'Document') throw new Error('parse() returned no Document');
  walk(p.ast as unknown as AnyNode, (n) => {
    if (!inBounds(n.range, text.length)) throw new Error(`${n.kind} node has range ${JSON.stringify(n.range)} outside 0..${text.length}`);
  });
  for (const d of p.diagnostics)
    if (!inBounds(d.range, text.length)) throw new Error(`${d.code} has range ${JSON.stringify(d.range)} outside 0..${text.length}`);
  for (const c of p.comments)
    if (!inBounds(c.range, text.length) || text.slice(c.range.start, c.range.end) !== c.text)
      throw new Error(`comment range ${JSON.stringify(c.range)} does not cover its text`);
}

/** The contract of compile(): never throws, reports registered codes with sane ranges and messages. */
export function expectWellFormedCompile(text: string, path?: string): CompileResult {
  const r = compileAt(text, path);
  if (!Array.isArray(r.diagnostics)) throw new Error('diagnostics is not an array');
  const suspicious = !/undefined|NaN|\[object/.test(text);
  for (const d of r.diagnostics) {
    const where = `${d.code} '${d.message}'`;
    if (d.code === 'SVY0001') throw new Error(`internal error reported: ${d.message}`);
    if (!getDiagnosticDef(d.code)) throw new Error(`unregistered code ${where}`);
    if (!severities.has(d.severity)) throw new Error(`bad severity ${d.severity} in ${where}`);
    if (typeof d.message !== 'string' || d.message.trim() === '') throw new Error(`empty message for ${d.code}`);
    const leak = suspicious ? /\bundefined\b|\bNaN\b|\[object Object\]/.exec(d.message) : null;
    if (leak) throw new Error(`message leaks ${leak[0]}: '${d.message}' (${d.code})`);
    const file = r.files.get(d.file);
    if (!file) throw new Error(`diagnostic in a file that was not read: ${d.file} (${where})`);
    if (!inBounds(d.range, file.text.length))
      throw new Error(`range ${JSON.stringify(d.range)} outside ${file.text.length} chars: ${where}`);
    for (const fix of d.fixes ?? []) {
      for (const e of fix.edits) {
        const f = r.files.get(e.file);
        if (!f || !inBounds(e.range, f.text.length) || typeof e.newText !== 'string')
          throw new Error(`bad quick-fix edit in ${where}: ${JSON.stringify(e)}`);
      }
    }
    for (const rel of d.related ?? []) {
      const f = r.files.get(rel.file);
      if (!f || !inBounds(rel.range, f.text.length)) throw new Error(`bad related location in ${where}: ${JSON.stringify(rel)}`);
    }
  }
  if (r.ok !== !r.diagnostics.some((d) => d.severity === 'error')) throw new Error('ok disagrees with the error diagnostics');
  if (r.files.get(r.binding.entry)?.parse.diagnostics.length && r.ok) throw new Error('syntax errors but ok');
  return r;
}

/** A tree without positions, for "same tree" comparisons. */
export function stripRanges(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripRanges);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'range' || k.endsWith('Range') || k.endsWith('Ranges')) continue;
      out[k] = stripRanges(v);
    }
    return out;
  }
  return value;
}
