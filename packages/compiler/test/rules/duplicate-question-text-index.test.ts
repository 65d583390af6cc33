// duplicate-question-text keeps an index of normal forms between compiles and updates it
// with the texts an edit changed. This compares what it reports, compile after compile of
// one Program (as the language server edits), with the rule written the direct way: every
// question and row text keyed in order, the first holder of each form remembered.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Text, TextPart } from '@survey/syntax';
import { CheckCache, ParseCache, Program, emptyConfig, type CompileResult } from '../../src/index.ts';
import { partRange } from '../../src/wording/index.ts';
import { LIMITS } from '../../src/limits.ts';
import { generateSurvey } from '../../../../bench/generate.mjs';

// Small, so that random edits often come back to a text they changed before.
const generated = generateSurvey({ questions: 24, seed: 5 }).text;
const path = '/virtual/dup.survey';

/** The rule as first written: per owner in order, the first part whose form an earlier owner holds. */
function direct(r: CompileResult): Array<{ at: number[]; related: number[]; ids: string[] }> {
  const s = r.survey!;
  const text = r.files.get(path)!.text;
  const value = (p: TextPart) => (p.value.length > LIMITS.literal ? p.value.slice(0, LIMITS.literal) : p.value);
  const whole = (p: TextPart) => {
    const x = partRange(text, p, 0, value(p).length);
    return [x.start, x.end];
  };
  const first = new Map<string, { id: string; part: TextPart; owner: object }>();
  const out: Array<{ at: number[]; related: number[]; ids: string[] }> = [];
  const visit = (owner: { id: string }, t: Text | undefined) => {
    let reported = false;
    t?.parts.forEach((part) => {
      const norm = value(part)
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}{}]/gu, '');
      if (norm.length < 2) return;
      const key = (part.lang ?? s.defaultLanguage) + '\u0000' + norm;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { id: owner.id, part, owner });
        return;
      }
      if (earlier.owner === owner || reported) return;
      reported = true;
      out.push({ at: whole(part), related: whole(earlier.part), ids: [owner.id, earlier.id] });
    });
  };
  for (const q of s.questions) {
    visit(q, q.node.text);
    for (const row of q.rows) visit(row, row.node.text);
  }
  return out;
}

const reported = (r: CompileResult) =>
  r.diagnostics
    .filter((d) => d.code === 'SVY4010')
    .map((d) => ({
      at: [d.range.start, d.range.end],
      related: [d.related![0].range.start, d.related![0].range.end],
      ids: [/^'([^']*)'/.exec(d.message)![1], /as '([^']*)'/.exec(d.message)![1]],
    }));

type Edit =
  { kind: 'copy'; from: number; to: number } | { kind: 'type'; at: number; word: string } | { kind: 'line'; line: number; del: boolean };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  // One text's content replaced by another's: a duplicate appears (or one goes away).
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('copy' as const), from: fc.nat(), to: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('type' as const), at: fc.nat(), word: fc.constantFrom('x', '的', ' ', '？', 'A') }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('line' as const), line: fc.nat(), del: fc.boolean() }) },
);

function apply(text: string, e: Edit): string {
  // The first literal of each question line (its text), and of each matrix row.
  const literals = [...text.matchAll(/^\s+\w+ \w+ "([^"\\{}]*)"/gm)];
  if (e.kind === 'copy') {
    if (!literals.length) return text;
    const from = literals[e.from % literals.length];
    const to = literals[e.to % literals.length];
    const at = to.index! + to[0].length - to[1].length - 1;
    return text.slice(0, at) + from[1] + text.slice(at + to[1].length);
  }
  if (e.kind === 'type') {
    if (!literals.length) return text;
    const m = literals[e.at % literals.length];
    const at = m.index! + m[0].length - m[1].length - 1 + (e.at % (m[1].length + 1));
    return text.slice(0, at) + e.word + text.slice(at);
  }
  const lines = text.split('\n');
  const i = e.line % lines.length;
  if (e.del) lines.splice(i, 1);
  else lines.splice(i, 0, lines[i]);
  return lines.join('\n');
}

describe('duplicate-question-text across compiles', () => {
  test('reports what the direct reading reports after every edit', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), (edits) => {
        let text = generated;
        const program = new Program({ readFile: (p) => (p === path ? text : undefined) }, new ParseCache());
        const cache = new CheckCache();
        const config = emptyConfig();
        for (const [k, e] of [undefined, ...edits].entries()) {
          if (e) text = apply(text, e);
          const r = program.compile(path, { config, checkCache: cache });
          if (!r.survey) continue;
          const want = direct(r);
          found += want.length;
          expect(reported(r), `after edit ${k} (${JSON.stringify(e)})`).toEqual(want);
        }
      }),
      { seed: 20261203, numRuns: Number(process.env.FUZZ_RUNS ?? 25) },
    );
    expect(found).toBeGreaterThan(0);
  }, 600_000);
});
