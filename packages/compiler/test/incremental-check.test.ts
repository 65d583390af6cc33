// Differential test of incremental checking (src/incremental/check-cache.ts): one
// Program with a CheckCache goes through random edit sequences (words typed into
// question texts, Chinese and English, text deleted, lines duplicated, characters
// anywhere) over every example and a generated 300-question survey, and after each
// edit its diagnostics must equal, in content and order, a fresh Program's full
// check of the same text. Fixed seed, bounded runs (FUZZ_RUNS for a long run).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CheckCache, ParseCache, Program, emptyConfig, type CompileResult } from '../src/index.ts';
import { LIMITS } from '../src/limits.ts';
import { generateSurvey } from '../../../bench/generate.mjs';
import { disk, editCorpus } from './edit-corpus.ts';
import { zhen } from './methodology/kit.ts';

const { generatedPath, corpus } = editCorpus(300);
const generated = generateSurvey({ questions: 300, seed: 7 }).text;
const runs = Number(process.env.FUZZ_RUNS ?? 25);

/** Words that wake the wording rules up, in both languages. */
const words = [
  ' and ',
  ' or ',
  '和',
  '或',
  ' not ',
  '不',
  '没有',
  ' never',
  ' always',
  '总是',
  ' CRM',
  ' SLA',
  ' obviously',
  '难道',
  ' last month',
  '过去一个月',
  ' often',
  '经常',
  ' income',
  '收入',
  'x',
  '字',
  // Option labels that other-specify, exclusive-none and numeric-ranges read; names that
  // missing-translation leaves alone; words nps-usage looks for.
  '其他',
  ' Other',
  '请注明',
  '以上都不是',
  ' None of these',
  '1-5',
  '10以上',
  ' Windows 10',
  'iPhone',
  '推荐',
  ' recommend',
  // Low and high ends (range-pair), parts of a total (part-exceeds-whole), sensitive topics
  // (sensitive-early), natural limits (implausible-bound), what a stem asks (stem-scale),
  // spaces and punctuation that keep a text's normal form (duplicate-question-text).
  '最少',
  '最多',
  ' fewest',
  ' most',
  '其中',
  'Of these, ',
  ' salary',
  '宗教',
  '年龄',
  ' how old',
  '%',
  '满意',
  ' agree',
  ' important',
  '多久一次',
  ' ',
  '？',
  ',',
  // Past the reading-time estimate's free characters and words (time-budget).
  '请您仔细回想一下在过去的十二个月当中您在我们这里购买产品和接受服务的全部经历然后再回答',
  ' please think carefully about every single time you bought something from us or talked to our staff in the last twelve months before you answer this',
];

type Edit =
  | { kind: 'type'; quote: number; word: string }
  | { kind: 'typeBeforeClose'; quote: number; word: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'char'; at: number; char: string }
  | { kind: 'retype'; question: number; to: string }
  | { kind: 'clear'; quote: number; to: string }
  | { kind: 'name'; at: number; typed: string }
  | { kind: 'deleteLine'; line: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('type' as const), quote: fc.nat(), word: fc.constantFrom(...words) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('typeBeforeClose' as const),
      quote: fc.nat(),
      word: fc.constantFrom(...words, '{q1}', '"', '\\'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), line: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('char' as const), at: fc.nat(), char: fc.constantFrom('"', '}', '\n', ' ', 'q1') }),
  },
  {
    // Right after a name: an id, a scale or list used, a condition's name, a pipe's id.
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('name' as const),
      at: fc.nat(),
      typed: fc.constantFrom('x', '1', ' when q1 <= 2', ' optional', ' max 200'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteLine' as const), line: fc.nat() }) },
  {
    // A text's whole content replaced: blanked out, a name, or longer than a literal may be.
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('clear' as const),
      quote: fc.nat(),
      to: fc.constantFrom('', ' ', '  x', 'CRM', '字'.repeat(LIMITS.literal + 1)),
    }),
  },
);

function apply(text: string, e: Edit): string {
  switch (e.kind) {
    case 'type': {
      // Right after the n-th opening quote: typing at the start of a text.
      const quotes = [...text.matchAll(/"/g)].map((m) => m.index!).filter((_, i) => i % 2 === 0);
      if (!quotes.length) return text;
      const at = quotes[e.quote % quotes.length] + 1;
      return text.slice(0, at) + e.word + text.slice(at);
    }
    case 'typeBeforeClose': {
      // Right before the n-th closing quote: typing at the end of a text (or of any other string).
      const quotes = [...text.matchAll(/"/g)].map((m) => m.index!).filter((_, i) => i % 2 === 1);
      if (!quotes.length) return text;
      const at = quotes[e.quote % quotes.length];
      return text.slice(0, at) + e.word + text.slice(at);
    }
    case 'delete': {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + e.length);
    }
    case 'duplicateLine': {
      const lines = text.split('\n');
      const i = e.line % lines.length;
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
    case 'retype': {
      // Another kind for the n-th question: what other questions' conditions read changes.
      const kinds = [...text.matchAll(/^(\s+)(single|multi|rating|text|number|yesno|nps|date|ranking) (?=\w+ ")/gm)];
      if (!kinds.length) return text;
      const m = kinds[e.question % kinds.length];
      const at = m.index! + m[1].length;
      return text.slice(0, at) + e.to + text.slice(at + m[2].length);
    }
    case 'clear': {
      const quotes = [...text.matchAll(/"/g)].map((m) => m.index!);
      if (quotes.length < 2) return text;
      const k = (e.quote % Math.floor(quotes.length / 2)) * 2;
      return text.slice(0, quotes[k] + 1) + e.to + text.slice(quotes[k + 1]);
    }
    case 'name': {
      const names = [...text.matchAll(/\b[a-z_][a-z0-9_]*\b/g)];
      if (!names.length) return text;
      const m = names[e.at % names.length];
      const at = m.index! + m[0].length;
      return text.slice(0, at) + e.typed + text.slice(at);
    }
    case 'deleteLine': {
      const lines = text.split('\n');
      lines.splice(e.line % lines.length, 1);
      return lines.join('\n');
    }
    case 'char': {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + e.char + text.slice(at);
    }
  }
}

const comparable = (r: CompileResult) => r.diagnostics;

describe('incremental check equals a full check', () => {
  test('the corpus has the examples and a generated survey', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(6);
  });

  test('after random edit sequences', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(edit, { minLength: 1, maxLength: 8 }), (entry, edits) => {
        const texts = new Map(disk);
        texts.set(generatedPath, generated);
        const host = { readFile: (p: string) => texts.get(p) };
        const incremental = new Program(host, new ParseCache());
        const cache = new CheckCache();
        const config = emptyConfig();
        incremental.compile(entry, { config, checkCache: cache });
        let text = texts.get(entry)!;
        edits.forEach((e, k) => {
          text = apply(text, e);
          texts.set(entry, text);
          const got = incremental.compile(entry, { config, checkCache: cache });
          const want = new Program(host).compile(entry, { config });
          expect(comparable(got), `after edit ${k + 1} (${JSON.stringify(e)})`).toEqual(comparable(want));
        });
      }),
      { seed: 20261202, numRuns: runs },
    );
  }, 600_000);

  test('an edit inside one question rechecks only that question', () => {
    const texts = new Map([[generatedPath, generated]]);
    const program = new Program({ readFile: (p) => texts.get(p) }, new ParseCache());
    const cache = new CheckCache();
    const config = emptyConfig();
    program.compile(generatedPath, { config, checkCache: cache });
    expect(cache.lastRechecked).toBeGreaterThan(250);
    // English: a double-barreled question appears; Chinese: it goes again.
    const at = generated.indexOf(' en: "', generated.length / 2) + ' en: "'.length;
    texts.set(generatedPath, generated.slice(0, at) + 'Price and quality: ' + generated.slice(at));
    const edited = program.compile(generatedPath, { config, checkCache: cache });
    expect(cache.lastRechecked).toBe(1);
    // Only a text's content changed: the rules that read no wording are not run again.
    expect(cache.lastReused).toBeGreaterThan(20);
    expect(edited.diagnostics).toEqual(new Program({ readFile: (p) => texts.get(p) }).compile(generatedPath, { config }).diagnostics);
    const zhAt = generated.indexOf(' "', generated.length / 3) + 2;
    texts.set(generatedPath, generated.slice(0, zhAt) + '价格和质量' + generated.slice(zhAt));
    program.compile(generatedPath, { config, checkCache: cache });
    expect(cache.lastRechecked).toBeLessThanOrEqual(2);
  });

  test("rules that read texts other than a question's own are not run again after an edit of its text", () => {
    const texts = new Map([[generatedPath, generated]]);
    const host = { readFile: (p: string) => texts.get(p) };
    const program = new Program(host, new ParseCache());
    const cache = new CheckCache();
    const config = emptyConfig();
    program.compile(generatedPath, { config, checkCache: cache });
    const same = () =>
      expect(program.compile(generatedPath, { config, checkCache: cache }).diagnostics).toEqual(
        new Program(host).compile(generatedPath, { config }).diagnostics,
      );
    const question = generated.indexOf('rating q145 "') + 'rating q145 "'.length;
    texts.set(generatedPath, generated.slice(0, question) + '价格' + generated.slice(question));
    same();
    const everyTextRule = cache.lastReused;
    // The structure rules and those of text-rules.ts (37 + 36 when written).
    expect(everyTextRule).toBeGreaterThan(60);
    // An option label: the label rules run again.
    const label = generated.indexOf('goods "') + 'goods "'.length;
    texts.set(generatedPath, generated.slice(0, label) + '其他' + generated.slice(label));
    same();
    expect(cache.lastReused).toBeLessThan(everyTextRule - 20);
    // A question text blanked out: empty-text runs again (and reports it).
    const end = generated.indexOf('"', question);
    texts.set(generatedPath, generated.slice(0, question) + generated.slice(end));
    same();
    expect(cache.lastReused).toBe(0); // what was removed spans the whole text: not an edit inside it
    texts.set(generatedPath, generated.slice(0, question) + ' ' + generated.slice(end));
    same();
    texts.set(generatedPath, generated.slice(0, question) + ' x' + generated.slice(end));
    same();
    // Blank before: empty-text and missing-translation (no letter before) run again.
    expect(cache.lastReused).toBe(everyTextRule - 2);
    texts.set(generatedPath, generated.slice(0, question) + ' xy' + generated.slice(end));
    same();
    expect(cache.lastReused).toBe(everyTextRule);
  });

  test('a pipe typed into a text, or an edit outside texts, runs every rule again', () => {
    const texts = new Map([[generatedPath, generated]]);
    const host = { readFile: (p: string) => texts.get(p) };
    const program = new Program(host, new ParseCache());
    const cache = new CheckCache();
    const config = emptyConfig();
    program.compile(generatedPath, { config, checkCache: cache });
    const at = generated.indexOf(' en: "', generated.length / 2) + ' en: "'.length;
    for (const typed of ['{q1} ', '您好 {', 'x\\"']) {
      texts.set(generatedPath, generated.slice(0, at) + typed + generated.slice(at));
      const got = program.compile(generatedPath, { config, checkCache: cache });
      expect(cache.lastReused, typed).toBe(0);
      expect(got.diagnostics).toEqual(new Program(host).compile(generatedPath, { config }).diagnostics);
    }
    // A new line between two questions: not inside a text.
    const between = generated.indexOf('\n', generated.length / 2);
    texts.set(generatedPath, generated.slice(0, between) + '\n' + generated.slice(between));
    program.compile(generatedPath, { config, checkCache: cache });
    expect(cache.lastReused).toBe(0);
  });

  test('rules that read a few words of question texts run again when typing adds or removes one', () => {
    const ratings = ['服务', '价格', '网站', '门店', '配送'].map((t, i) => `  rating r${i} "您对我们的${t}满意吗?" on sat5`).join('\n');
    const cases: Array<{ code: string; body: string; marker: string; typed: string }> = [
      {
        code: 'SVY2188',
        body: '  number lo "您每周学习几小时?" min 0 max 40\n  number hi "您每周最多学习几小时?" min 0 max 40',
        marker: '"您每周|学习',
        typed: '最少',
      },
      {
        code: 'SVY2187',
        body: '  number people "您家有几口人?" min 1 max 20\n  number kids "，18 岁以下的有几人?" min 0 max 20',
        marker: '"|，18',
        typed: '其中',
      },
      { code: 'SVY6025', body: `  number pay "您的月是多少元?" min 0\n${ratings}`, marker: '"您的月|是', typed: '收入' },
      {
        code: 'SVY5005',
        body: '  scale likely 0..10 anchored { 0 "完全不可能" 10 "极有可能" }\n  rating rec "您向朋友我们的可能性有多大?" on likely',
        marker: '"您向朋友|我们',
        typed: '推荐',
      },
      {
        code: 'SVY4010',
        body: '  rating a "您对价格满意吗?" on sat5\n  rating b "您对价满意吗?" on sat5',
        marker: '"您对价|满',
        typed: '格',
      },
    ];
    // Question-local rules (local-rules.ts): the edited question is checked again.
    cases.push(
      { code: 'SVY2189', body: '  number years "您的是多少?" min 0 max 300', marker: '"您的|是', typed: '年龄' },
      { code: 'SVY5015', body: '  rating svc "您对我们的服务吗?" on agree5', marker: '服务|吗', typed: '满意' },
    );
    for (const c of cases) {
      const path = '/virtual/words.survey';
      const before = zhen(c.body);
      // `|` marks where the words are typed.
      const [pre, post] = c.marker.split('|');
      const at = before.indexOf(pre + post) + pre.length;
      const texts = new Map([[path, before]]);
      const host = { readFile: (p: string) => texts.get(p) };
      const program = new Program(host, new ParseCache());
      const cache = new CheckCache();
      const config = emptyConfig();
      const codesOf = (r: CompileResult) => r.diagnostics.map((d) => d.code);
      expect(codesOf(program.compile(path, { config, checkCache: cache })), c.code).not.toContain(c.code);
      // Typed in, then taken out again.
      for (const text of [before.slice(0, at) + c.typed + before.slice(at), before]) {
        texts.set(path, text);
        const got = program.compile(path, { config, checkCache: cache });
        const want = new Program(host).compile(path, { config });
        expect(got.diagnostics, c.code).toEqual(want.diagnostics);
      }
      texts.set(path, before.slice(0, at) + c.typed + before.slice(at));
      expect(codesOf(new Program(host).compile(path, { config })), c.code).toContain(c.code);
    }
  });
});
