// Incremental re-parse must give exactly what a full parse gives: same tree (ranges
// included), tokens, comments, diagnostics and line table, on random edits of the
// examples and of generated surveys, one at a time and in chains (typing).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changeBetween, keywords, parse, reparseText, reparseWithInfo, type ParseResult, type TextChange } from '../src/index.ts';
import { generateSurvey } from '../../../bench/generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const envRuns = Number(process.env.FUZZ_RUNS ?? '') || undefined;
const runs = (n: number) => ({
  numRuns: envRuns ?? n,
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : envRuns ? {} : { seed: 20261123 }),
});
const timeout = envRuns ? 24 * 3600_000 : 60_000;

function surveyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? surveyFiles(join(dir, e.name)) : e.name.endsWith('.survey') ? [join(dir, e.name)] : [],
  );
}
const corpus: string[] = [
  ...surveyFiles(join(root, 'examples')).map((p) => readFileSync(p, 'utf8')),
  generateSurvey({ questions: 40, seed: 3 }).text,
  generateSurvey({ questions: 25, seed: 11, english: false }).text,
  // CRLF line ends and a shared file with top-level declarations.
  generateSurvey({ questions: 12, seed: 5 }).text.replace(/\n/g, '\r\n'),
];

function signature(r: ParseResult) {
  return {
    text: r.text,
    ast: r.ast,
    comments: r.comments,
    tokens: r.tokens.map((t) => [t.tokenType.name, t.image, t.startOffset, t.endOffset]),
    diagnostics: r.diagnostics,
    lineStarts: r.lineMap.lineStarts,
  };
}

function apply(text: string, c: TextChange): string {
  return text.slice(0, c.start) + c.text + text.slice(c.end);
}

const insertions = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'x',
      'a',
      '1',
      ' ',
      '\n',
      '"',
      '{',
      '}',
      '(',
      ')',
      ',',
      '5',
      '满',
      '//',
      '/*',
      '*/',
      '-',
      '.',
      ':',
      'en: ',
      '\r\n',
      '\r',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...keywords).map((k) => ` ${k} `) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ' "新的文字" ',
      ' en: "More" ',
      ' optional',
      ' when q1 <= 2',
      ' // note\n',
      ' tag service',
      'rating qx "新" on sat5\n',
    ),
  },
  { weight: 3, arbitrary: fc.constant('') },
);

/** An edit somewhere in a text: delete up to a few characters and/or insert something. */
const editOf = (text: string) =>
  fc
    .tuple(fc.nat({ max: text.length }), fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 40 })), insertions)
    .map(([at, del, ins]) => ({ start: at, end: Math.min(text.length, at + del), text: ins }));

/** Edits aimed inside string literals (typing in a question text), the common case in an editor. */
const stringEditOf = (text: string) => {
  const spots: number[] = [];
  for (let i = text.indexOf('"'); i >= 0 && spots.length < 400; i = text.indexOf('"', i + 1)) spots.push(i + 1);
  return fc
    .tuple(fc.constantFrom(...spots), fc.constantFrom('x', '字', ' ', 'ab', ''))
    .map(([at, ins]) => ({ start: at, end: at + (ins === '' ? 1 : 0), text: ins }));
};

const caseArb = fc
  .constantFrom(...corpus.map((_, i) => i))
  .chain((i) => fc.tuple(fc.constant(i), fc.oneof(editOf(corpus[i]), stringEditOf(corpus[i]))));

describe('incremental re-parse', () => {
  test('changeBetween finds the smallest change', () => {
    expect(changeBetween('abcdef', 'abXdef')).toEqual({ start: 2, end: 3, text: 'X' });
    expect(changeBetween('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' });
    expect(changeBetween('same', 'same')).toBeUndefined();
    // Long texts are compared in blocks first: edits on and around block boundaries, twice (remembered).
    const long = Array.from({ length: 5000 }, (_, i) => `q${i} "问题${i}"`).join('\n');
    for (const at of [0, 1, 1023, 1024, 1025, 2048, long.length - 1025, long.length - 1024, long.length - 1, long.length]) {
      for (const [removed, typed] of [
        [0, 'x'],
        [1, ''],
        [3, '字字'],
      ] as const) {
        const edited = long.slice(0, at) + typed + long.slice(at + removed);
        for (let k = 0; k < 2; k++) {
          const c = changeBetween(long, edited);
          expect(c ? apply(long, c) : long).toBe(edited);
          expect(c ? c.end - c.start : 0).toBeLessThanOrEqual(removed);
        }
      }
    }
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const c = changeBetween(a, b);
        expect(c ? apply(a, c) : a).toBe(b);
      }),
      runs(300),
    );
  });

  test(
    'one random edit: equal to a full parse',
    () => {
      let incremental = 0;
      fc.assert(
        fc.property(caseArb, ([i, change]) => {
          const text = corpus[i];
          const info = reparseWithInfo(parse(text), change);
          if (info.incremental) incremental++;
          expect(signature(info.result)).toEqual(signature(parse(apply(text, change))));
        }),
        runs(250),
      );
      // The fast path must actually be exercised, not only the fallback.
      expect(incremental).toBeGreaterThan(envRuns ? 10 : 25);
    },
    timeout,
  );

  test(
    'chains of edits (typing): every step equal to a full parse',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...corpus.map((_, i) => i)),
          fc.array(fc.tuple(fc.nat(), fc.nat({ max: 2 }), insertions, fc.boolean()), { minLength: 1, maxLength: 25 }),
          (i, steps) => {
            let text = corpus[i];
            let state = parse(text);
            let cursor = -1;
            for (const [at, del, ins, jump] of steps) {
              // Mostly keep typing where the last edit ended, sometimes jump elsewhere.
              const start = cursor >= 0 && !jump ? Math.min(cursor, text.length) : at % (text.length + 1);
              const change = { start, end: Math.min(text.length, start + del), text: ins };
              text = apply(text, change);
              state = reparseWithInfo(state, change).result;
              cursor = start + ins.length;
              expect(signature(state)).toEqual(signature(parse(text)));
            }
          },
        ),
        runs(50),
      );
    },
    timeout,
  );

  test('typing inside a question text re-parses only that question', () => {
    const text = generateSurvey({ questions: 300, seed: 8 }).text;
    const at = text.indexOf('"', text.search(/rating q1\d\d /)) + 1;
    const info = reparseWithInfo(parse(text), { start: at, end: at, text: '很' });
    expect(info.incremental).toBe(true);
    expect(info.reason).toMatch(/^re-parsed Question/);
    expect(signature(info.result)).toEqual(signature(parse(apply(text, { start: at, end: at, text: '很' }))));
  });

  test('falls back to a full parse when it cannot be sure', () => {
    const text = generateSurvey({ questions: 30, seed: 2 }).text;
    // Opening a string that swallows the rest of the line, and a brace that closes the section early.
    for (const [needle, ins] of [
      ['rating q', '"'],
      ['on sat5', '}'],
      ['section s2', '// '],
    ] as const) {
      const at = text.indexOf(needle);
      const info = reparseWithInfo(parse(text), { start: at, end: at, text: ins });
      expect(signature(info.result)).toEqual(signature(parse(apply(text, { start: at, end: at, text: ins }))));
    }
    // A file with syntax errors always takes the full path.
    const broken = parse('survey s { rating q1 "x" on }');
    expect(reparseWithInfo(broken, { start: 0, end: 0, text: ' ' }).incremental).toBe(false);
  });

  test('reparseText on the whole new text', () => {
    const text = corpus[0];
    const next = text.replace('"', '"改');
    expect(signature(reparseText(parse(text), next))).toEqual(signature(parse(next)));
  });
});
