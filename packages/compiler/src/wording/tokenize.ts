// Word tokens of a question text. Chinese (and Japanese) text is split with
// `Intl.Segmenter` (no dependency; it keeps 和谐 and 及时 whole), then a glossary
// of domain words the segmenter splits (客服, 售后 …) is glued back together.
// Other languages are split on letters and digits, keeping contractions (don't) and
// hyphenated words (first-class) whole.

export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased, curly apostrophes straightened: what word lists compare with. */
  norm: string;
  /** Offset in the string value. */
  index: number;
  end: number;
  /** Letters or digits (not punctuation or space). */
  word: boolean;
}

/** Words the segmenter splits but that are one word in customer-survey Chinese. */
export const defaultZhGlossary: readonly string[] = [
  '客服',
  '售后',
  '售前',
  '售后服务',
  '满意度',
  '满意率',
  '性价比',
  '交期',
  '退换货',
  '工单',
  '我司',
  '贵司',
  '本司',
  '贵公司',
  '本公司',
  '大多数',
  '绝大多数',
  '大部分',
  '研究与开发',
  '研发',
  '体验感',
  '过去',
  '个月',
  '過去',
  '個月',
  '客戶',
  '售後',
  '滿意度',
  '貴公司',
  '貴司',
];

export function isSegmentedLanguage(lang: string): boolean {
  return /^(zh|ja|ko|th|lo|km|my)(-|$)/i.test(lang);
}

export function isChinese(lang: string): boolean {
  return /^zh(-|$)/i.test(lang);
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  const key = lang.toLowerCase().split('-')[0];
  let s = segmenters.get(key);
  if (!s) {
    s = new Intl.Segmenter(key, { granularity: 'word' });
    segmenters.set(key, s);
  }
  return s;
}

const wordChar = /[\p{L}\p{N}]/u;

export function normalize(s: string): string {
  return s.toLowerCase().replace(/[’‘`´]/g, "'");
}

// Ten wording rules read the same texts: tokens are cached per glossary (by identity)
// and per language and text, so a lookup never builds a long key.
// The key of a glossary is its content, computed once per array, so compiles of the
// same survey (the language server on every keystroke) share one cache.
const MAX_CACHED = 50_000;
const latinCache = new Map<string, Token[]>();
const segmentedCache = new Map<string, Map<string, Token[]>>();
const glossaryInfo = new WeakMap<readonly string[], { key: string; longestFirst: string[] }>();

function infoOf(glossary: readonly string[]): { key: string; longestFirst: string[] } {
  let info = glossaryInfo.get(glossary);
  if (!info) {
    const longestFirst = [...new Set(glossary)].filter(Boolean).sort((a, b) => b.length - a.length);
    glossaryInfo.set(glossary, (info = { key: longestFirst.join('\u0001'), longestFirst }));
  }
  return info;
}

export function tokenize(text: string, lang: string, glossary: readonly string[] = defaultZhGlossary): Token[] {
  if (!isSegmentedLanguage(lang)) return cached(latinCache, text, () => latinTokens(text));
  const info = infoOf(glossary);
  const key = lang + '\u0000' + info.key;
  let byText = segmentedCache.get(key);
  if (!byText) {
    if (segmentedCache.size > 64) segmentedCache.clear();
    segmentedCache.set(key, (byText = new Map()));
  }
  return cached(byText, text, () => segmentTokens(text, lang, info.longestFirst));
}

function cached(map: Map<string, Token[]>, text: string, make: () => Token[]): Token[] {
  let tokens = map.get(text);
  if (!tokens) {
    if (map.size > MAX_CACHED) map.clear();
    tokens = make();
    map.set(text, tokens);
  }
  return tokens;
}

function latinTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)) {
    const t = m[0];
    const index = m.index ?? 0;
    out.push({ text: t, norm: normalize(t), index, end: index + t.length, word: wordChar.test(t) });
  }
  return out;
}

/** `longestFirst`: the glossary without duplicates or empty words, longest first. */
function segmentTokens(text: string, lang: string, longestFirst: readonly string[]): Token[] {
  const bounds = new Set<number>([0, text.length]);
  for (const s of segmenter(lang).segment(text)) {
    bounds.add(s.index);
    bounds.add(s.index + s.segment.length);
  }
  // Glossary words become single tokens: drop the boundaries inside them.
  const covered: Array<[number, number]> = [];
  for (const g of longestFirst) {
    for (let at = text.indexOf(g); at >= 0; at = text.indexOf(g, at + 1)) {
      const end = at + g.length;
      if (covered.some(([s, e]) => at < e && end > s)) continue;
      covered.push([at, end]);
      for (let k = at + 1; k < end; k++) bounds.delete(k);
      bounds.add(at);
      bounds.add(end);
    }
  }
  const points = [...bounds].sort((a, b) => a - b);
  const out: Token[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const t = text.slice(points[i], points[i + 1]);
    if (/^\s+$/.test(t)) continue;
    out.push({ text: t, norm: normalize(t), index: points[i], end: points[i + 1], word: wordChar.test(t) });
  }
  return out;
}

/** Word tokens only. */
export function words(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.word);
}
