// Differential test of incremental binding (src/incremental/bind-cache.ts): one Program
// with a CheckCache goes through random edit sequences (words typed into texts, ids,
// scale names, pipes, conditions, questions inserted and deleted, whitespace) over every
// example and a generated survey, and after each edit its binding must equal a fresh
// `bind` of the same files: the same declarations, references and model, every node it
// holds one of the current tree (none of the replaced question's), every range where a
// full bind puts it. Fixed seed, bounded runs (FUZZ_RUNS for a long run).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CheckCache, ParseCache, Program, emptyConfig, type CompileResult } from '../src/index.ts';
import { bind, type Binding } from '../src/binder/bind.ts';
import { generateSurvey } from '../../../bench/generate.mjs';
import { disk, editCorpus } from './edit-corpus.ts';

const { generatedPath, corpus } = editCorpus(200);
const generated = generateSurvey({ questions: 200, seed: 11 }).text;
const runs = Number(process.env.FUZZ_RUNS ?? 25);

type Edit =
  | { kind: 'text'; quote: number; word: string }
  | { kind: 'question'; question: number; word: string }
  | { kind: 'id'; question: number; typed: string }
  | { kind: 'name'; at: number; typed: string }
  | { kind: 'deleteLine'; line: number }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'char'; at: number; char: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    // Typed inside a text, at its start: words, a pipe, a brace, spaces.
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      quote: fc.nat(),
      word: fc.constantFrom('x', '字', ' and ', '价格和质量', '其他', ' Other', '{q1}', '{', '}', '  ', '{members.age}'),
    }),
  },
  {
    // Inside a question's own text.
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('question' as const),
      question: fc.nat(),
      word: fc.constantFrom('x', '字', ' and ', '价格和质量', ' CRM', '{q1}', '  '),
    }),
  },
  {
    // After a question's kind: its id (or, typed after a space, something else).
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('id' as const), question: fc.nat(), typed: fc.constantFrom('x', '_2', ' ') }),
  },
  {
    // Right after a name anywhere (a scale or list used, a condition's name, a pipe's id).
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('name' as const),
      at: fc.nat(),
      typed: fc.constantFrom('x', '1', ' when q1 <= 2', ' optional'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteLine' as const), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), line: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('char' as const), at: fc.nat(), char: fc.constantFrom('"', '}', '\n', ' ', 'q1', 'x') }),
  },
);

function apply(text: string, e: Edit): string {
  const at = (i: number) => i % (text.length + 1);
  switch (e.kind) {
    case 'text': {
      const quotes = [...text.matchAll(/"/g)].map((m) => m.index!).filter((_, i) => i % 2 === 0);
      if (!quotes.length) return text;
      const i = quotes[e.quote % quotes.length] + 1;
      return text.slice(0, i) + e.word + text.slice(i);
    }
    case 'question': {
      const starts = [...text.matchAll(/^\s+(?:single|multi|rating|text|number|yesno|nps|date|ranking|matrix) \w+ "/gm)];
      if (!starts.length) return text;
      const m = starts[e.question % starts.length];
      const i = m.index! + m[0].length;
      return text.slice(0, i) + e.word + text.slice(i);
    }
    case 'id': {
      const ids = [...text.matchAll(/^\s+(?:single|multi|rating|text|number|yesno|nps|date|ranking|matrix) (\w+)/gm)];
      if (!ids.length) return text;
      const m = ids[e.question % ids.length];
      const i = m.index! + m[0].length;
      return text.slice(0, i) + e.typed + text.slice(i);
    }
    case 'name': {
      const names = [...text.matchAll(/\b[a-z_][a-z0-9_]*\b/g)];
      if (!names.length) return text;
      const m = names[e.at % names.length];
      const i = m.index! + m[0].length;
      return text.slice(0, i) + e.typed + text.slice(i);
    }
    case 'deleteLine':
    case 'duplicateLine': {
      const lines = text.split('\n');
      const i = e.line % lines.length;
      if (e.kind === 'deleteLine') lines.splice(i, 1);
      else lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
    case 'char':
      return text.slice(0, at(e.at)) + e.char + text.slice(at(e.at));
  }
}

/** Every object of the current trees. */
function treeObjects(result: CompileResult): Set<object> {
  const out = new Set<object>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || out.has(v)) return;
    out.add(v);
    for (const x of Array.isArray(v) ? v : Object.values(v)) visit(x);
  };
  for (const f of result.files.values()) visit(f.parse.ast);
  return out;
}

/**
 * The binding as plain data: a node of the current trees becomes its kind and range,
 * anything else is written out (so a node of the replaced question shows); a model
 * object met again becomes its first path; maps become their entries.
 */
function describeBinding(b: Binding, tree: Set<object>): string {
  const seen = new Map<object, number>();
  const declIndex = new Map(b.declarations.map((d, i) => [d, i]));
  const refIndex = new Map(b.references.map((r, i) => [r, i]));
  let n = 0;
  const replacer = function (this: unknown, key: string, v: unknown): unknown {
    if (v === null || typeof v !== 'object') return v;
    if (tree.has(v)) {
      const node = v as { kind?: string; range?: { start: number; end: number }; start?: number; end?: number };
      return { tree: node.kind ?? '', at: node.range ? [node.range.start, node.range.end] : [node.start, node.end] };
    }
    if (key !== '' && declIndex.has(v as never)) return { decl: declIndex.get(v as never) };
    if (seen.has(v)) return { again: seen.get(v) };
    seen.set(v, n++);
    if (v instanceof Map) return [...v];
    if (v instanceof Set) return [...v];
    return v;
  };
  const references = b.references.map((r) => JSON.stringify(r, replacer));
  // In any order: a patched binding moves the replaced question's names to the end.
  const referenceAt = [...b.referenceAt].map(([k, r]) => JSON.stringify([JSON.stringify(k, replacer), refIndex.get(r)])).sort();
  return JSON.stringify(
    {
      declarations: b.declarations.map((d) => JSON.stringify(d, replacer)),
      references,
      referenceAt,
      strayLanguages: JSON.stringify(b.strayLanguages, replacer),
      sectionUses: JSON.stringify(b.sectionUses, replacer),
      fileOrder: b.fileOrder,
      survey: JSON.stringify(b.survey, replacer),
    },
    null,
    1,
  );
}

describe('incremental binding equals a fresh bind', () => {
  test('after random edit sequences', () => {
    let patched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(edit, { minLength: 1, maxLength: 8 }), (entry, edits) => {
        const texts = new Map(disk);
        texts.set(generatedPath, generated);
        const program = new Program({ readFile: (p: string) => texts.get(p) }, new ParseCache());
        const cache = new CheckCache();
        const config = emptyConfig();
        program.compile(entry, { config, checkCache: cache });
        let text = texts.get(entry)!;
        edits.forEach((e, k) => {
          text = apply(text, e);
          texts.set(entry, text);
          const got = program.compile(entry, { config, checkCache: cache });
          if (cache.binder.lastPatched) patched++;
          const tree = treeObjects(got);
          const want = bind(got.binding.entry, got.files);
          expect(describeBinding(got.binding, tree), `after edit ${k + 1} (${JSON.stringify(e)})`).toEqual(describeBinding(want, tree));
        });
      }),
      { seed: 20261203, numRuns: runs },
    );
    // The property is about patched bindings: enough edits must have been patched.
    expect(patched).toBeGreaterThan(runs);
  }, 600_000);

  test('typing in a question text patches the binding; an id, a pipe or a new question does not', () => {
    const texts = new Map([[generatedPath, generated]]);
    const program = new Program({ readFile: (p: string) => texts.get(p) }, new ParseCache());
    const cache = new CheckCache();
    const config = emptyConfig();
    program.compile(generatedPath, { config, checkCache: cache });
    expect(cache.binder.lastPatched).toBe(false);
    let text = generated;
    const typeAt = (marker: string, typed: string) => {
      const i = text.indexOf(marker, text.length / 2) + marker.length;
      text = text.slice(0, i) + typed + text.slice(i);
      texts.set(generatedPath, text);
      const got = program.compile(generatedPath, { config, checkCache: cache });
      expect(got.diagnostics).toEqual(new Program({ readFile: (p) => texts.get(p) }).compile(generatedPath, { config }).diagnostics);
      return cache.binder.lastPatched;
    };
    expect(typeAt(' en: "', 'Price and quality: ')).toBe(true);
    expect(typeAt(' "', '价格和质量')).toBe(true);
    expect(typeAt(' "', '{q1} ')).toBe(false);
    expect(typeAt('rating q1', '9')).toBe(false);
    expect(typeAt('\n', '  text q_new "新问题"\n')).toBe(false);
  });

  test('a translation in a language the survey does not declare keeps its range when the text before it changes', () => {
    const path = '/virtual/stray.survey';
    let text =
      'survey s {\n  languages zh, en\n  single q1 "您好" ja: "こんにちは" {\n    1 "是"\n    2 "否"\n  }\n  text q2 "备注" fr: "Note"\n}\n';
    const program = new Program({ readFile: (p: string) => (p === path ? text : undefined) }, new ParseCache());
    const cache = new CheckCache();
    const config = emptyConfig();
    program.compile(path, { config, checkCache: cache });
    for (const [marker, typed] of [
      ['"您好', '，请问'],
      ['"备注', '：'],
    ]) {
      const i = text.indexOf(marker) + marker.length;
      text = text.slice(0, i) + typed + text.slice(i);
      const got = program.compile(path, { config, checkCache: cache });
      expect(cache.binder.lastPatched).toBe(true);
      const tree = treeObjects(got);
      expect(got.binding.strayLanguages.map((x) => text.slice(x.range.start, x.range.end))).toEqual(['ja:', 'fr:']);
      expect(describeBinding(got.binding, tree)).toEqual(describeBinding(bind(got.binding.entry, got.files), tree));
    }
  });
});
