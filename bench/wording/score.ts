// Precision and recall of the wording rules on the labelled corpus: every text is
// compiled on its own, in a minimal survey of its language, through the real
// compiler; only the wording codes are counted, per text.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileText } from '@survey/compiler';

export const WORDING_CODES = ['SVY4001', 'SVY4002', 'SVY4003', 'SVY4004', 'SVY4005', 'SVY4006', 'SVY4008', 'SVY4009'] as const;
export const RULE_NAMES: Record<string, string> = {
  SVY4001: 'double-barreled',
  SVY4002: 'leading-question',
  SVY4003: 'negative-wording',
  SVY4004: 'double-negative',
  SVY4005: 'absolute-term',
  SVY4006: 'vague-quantifier',
  SVY4008: 'unexplained-acronym',
  SVY4009: 'jargon',
};

export interface CorpusItem {
  text: string;
  expected: string[];
  kind: 'rating' | 'agree' | 'freq' | 'yesno' | 'single' | 'multi' | 'text';
  glossary?: Record<string, string>;
  instrument?: string;
  source: string;
}

export interface RuleScore {
  code: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number | undefined;
  recall: number | undefined;
}

export interface Miss {
  text: string;
  expected: string[];
  got: string[];
}

export interface CorpusScore {
  lang: 'en' | 'zh';
  set: 'dev' | 'holdout';
  texts: number;
  rules: RuleScore[];
  misses: Miss[];
}

const here = dirname(fileURLToPath(import.meta.url));

export function loadCorpus(lang: 'en' | 'zh', set: 'dev' | 'holdout'): CorpusItem[] {
  const file = join(here, set === 'dev' ? `corpus.${lang}.jsonl` : `corpus.holdout.${lang}.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusItem);
}

const scales = {
  en: {
    sat5: ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'],
    agree5: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    freq5: ['At no time', 'Some of the time', 'About half of the time', 'Most of the time', 'All of the time'],
  },
  zh: {
    sat5: ['非常不满意', '不满意', '一般', '满意', '非常满意'],
    agree5: ['非常不同意', '不同意', '一般', '同意', '非常同意'],
    freq5: ['从来没有', '有些时候', '一半时间', '大部分时间', '所有时间'],
  },
};

const str = (s: string) => JSON.stringify(s);

/** The survey a corpus text is checked in: a minimal, otherwise clean survey of its language. */
export function surveyFor(item: CorpusItem, lang: 'en' | 'zh'): string {
  const L =
    lang === 'en'
      ? { title: 'Test', intro: 'Please take a minute to answer.', conf: 'Your answers are kept confidential.', a: 'First', b: 'Second' }
      : { title: '测试', intro: '请花一分钟回答。', conf: '您的回答将严格保密。', a: '第一项', b: '第二项' };
  const lines = [
    `survey t {`,
    `  title ${str(L.title)}`,
    `  languages ${lang}`,
    `  intro ${str(L.intro)}`,
    `  confidentiality ${str(L.conf)}`,
  ];
  if (item.glossary)
    lines.push(
      `  glossary {`,
      ...Object.entries(item.glossary).map(([k, v]) => `    ${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : str(k)} ${str(v)}`),
      `  }`,
    );
  for (const [name, labels] of Object.entries(scales[lang])) {
    lines.push(`  scale ${name} 1..5 { ${labels.map((l, i) => `${i + 1} ${str(l)}`).join(' ')} }`);
  }
  if (item.instrument) lines.push(`  // survey-instrument ${item.instrument} -- ${item.source}`);
  const t = str(item.text);
  const q = {
    rating: `rating q ${t} on sat5`,
    agree: `rating q ${t} on agree5`,
    freq: `rating q ${t} on freq5`,
    yesno: `yesno q ${t}`,
    single: `single q ${t} { a ${str(L.a)} b ${str(L.b)} }`,
    multi: `multi q ${t} { a ${str(L.a)} b ${str(L.b)} }`,
    text: `text q ${t}`,
  }[item.kind];
  lines.push(`  ${q}`, `}`, '');
  return lines.join('\n');
}

/** The wording codes the compiler reports for one corpus text. */
export function reported(item: CorpusItem, lang: 'en' | 'zh'): string[] {
  const codes = new Set<string>(WORDING_CODES);
  const r = compileText(surveyFor(item, lang));
  return [...new Set(r.diagnostics.map((d) => d.code).filter((c) => codes.has(c)))].sort();
}

export function scoreCorpus(lang: 'en' | 'zh', set: 'dev' | 'holdout'): CorpusScore {
  const items = loadCorpus(lang, set);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(WORDING_CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const misses: Miss[] = [];
  for (const item of items) {
    const got = reported(item, lang);
    const expected = [...item.expected].sort();
    for (const code of WORDING_CODES) {
      const c = counts.get(code)!;
      const e = expected.includes(code);
      const g = got.includes(code);
      if (e && g) c.tp++;
      else if (g) c.fp++;
      else if (e) c.fn++;
    }
    if (got.join() !== expected.join()) misses.push({ text: item.text, expected, got });
  }
  const rules = WORDING_CODES.map((code) => {
    const { tp, fp, fn } = counts.get(code)!;
    return { code, tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : undefined, recall: tp + fn ? tp / (tp + fn) : undefined };
  });
  return { lang, set, texts: items.length, rules, misses };
}

const pct = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(2));

/** A markdown table: one row per rule, precision and recall per language. */
export function renderScores(scores: CorpusScore[]): string {
  const head = ['rule', ...scores.flatMap((s) => [`${s.lang} ${s.set} P`, `${s.lang} ${s.set} R`])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const code of WORDING_CODES) {
    const cells = scores.flatMap((s) => {
      const r = s.rules.find((x) => x.code === code)!;
      return [`${pct(r.precision)} (${r.tp}/${r.tp + r.fp})`, `${pct(r.recall)} (${r.tp}/${r.tp + r.fn})`];
    });
    lines.push(`| ${code} ${RULE_NAMES[code]} | ${cells.join(' | ')} |`);
  }
  lines.push(`| texts | ${scores.flatMap((s) => [String(s.texts), '']).join(' | ')} |`);
  return lines.join('\n');
}
