// Word tokens of a question text. Chinese (and Japanese) text is split with
// `Intl.Segmenter` (no dependency; it keeps 和谐 and 及时 whole), then a glossary
// of domain words the segmenter splits (客服, 售后 …) is glued back together.
// Other languages are split on letters and digits, keeping contractions (don't) and
// hyphenated words (first-class) whole.
import { LIMITS } from '../limits.ts';

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
// and per language and text, so a lookup never builds a long key. A table is emptied
// only between compiles (trimTokenCaches), when it holds more than MAX_CACHED texts.
// The key of a glossary is its content, computed once per array, so compiles of the
// same survey (the language server on every keystroke) share one cache.
const MAX_CACHED = 50_000;
const latinCache = new Map<string, Token[]>();
const segmentedCache = new Map<string, Map<string, Token[]>>();
interface GlossaryInfo {
  key: string;
  longestFirst: string[];
  /** Per language, the cache of `segmentedCache` for this glossary's content (found once, not per text). */
  byLang: Map<string, Map<string, Token[]>>;
}
const glossaryInfo = new WeakMap<readonly string[], GlossaryInfo>();

function infoOf(glossary: readonly string[]): GlossaryInfo {
  let info = glossaryInfo.get(glossary);
  if (!info) {
    const longestFirst = [...new Set(glossary)].filter(Boolean).sort((a, b) => b.length - a.length);
    glossaryInfo.set(glossary, (info = { key: longestFirst.join('\u0001'), longestFirst, byLang: new Map() }));
  }
  return info;
}

const interned = new Map<string, string>();

/** The content of a glossary as one string, the same string object for the same content (compared by identity first). */
export function glossaryKey(glossary: readonly string[]): string {
  const key = infoOf(glossary).key;
  let canonical = interned.get(key);
  if (canonical === undefined) {
    if (interned.size > 64) interned.clear();
    interned.set(key, (canonical = key));
  }
  return canonical;
}

export function tokenize(text: string, lang: string, glossary: readonly string[] = defaultZhGlossary): Token[] {
  // A longer text is an error of its own (SVY2044): its wording is checked up to the limit.
  if (text.length > LIMITS.literal) text = text.slice(0, LIMITS.literal);
  if (!isSegmentedLanguage(lang)) return cached(latinCache, text, () => latinTokens(text));
  const info = infoOf(glossary);
  let byText = info.byLang.get(lang);
  // (A table dropped from `segmentedCache` since is still right for this glossary and language.)
  if (!byText) {
    const key = lang + '\u0000' + info.key;
    byText = segmentedCache.get(key);
    if (!byText) {
      if (segmentedCache.size > 64) segmentedCache.clear();
      segmentedCache.set(key, (byText = new Map()));
    }
    info.byLang.set(lang, byText);
  }
  return cached(byText, text, () => segmentTokens(text, lang, info.longestFirst));
}

function cached(map: Map<string, Token[]>, text: string, make: () => Token[]): Token[] {
  let tokens = map.get(text);
  if (!tokens) {
    tokens = make();
    map.set(text, tokens);
  }
  return tokens;
}

/**
 * Called between compiles (Program): empties a token table holding more than
 * MAX_CACHED texts. Never during a compile: a survey with more texts than that would
 * then tokenise every text again in every rule (and the word matches cached per token
 * list with them), which made checking 40,000 questions take several times 2 × 20,000.
 */
export function trimTokenCaches(): void {
  if (latinCache.size > MAX_CACHED) latinCache.clear();
  for (const byText of segmentedCache.values()) if (byText.size > MAX_CACHED) byText.clear();
}

/** Empties every token table: a one-shot compile (the CLI) keeps none for a later compile. */
export function clearTokenCaches(): void {
  latinCache.clear();
  // (emptied, not only dropped: a glossary's `byLang` still points at its tables)
  for (const byText of segmentedCache.values()) byText.clear();
  segmentedCache.clear();
  spellings = new Map();
}

// A survey writes the same words thousands of times: each spelling's string, normal form
// and kind are made once and shared by its tokens (bounded: the table starts over when full).
interface Spelling {
  text: string;
  norm: string;
  word: boolean;
  space: boolean;
}
const MAX_SPELLINGS = 100_000;
let spellings = new Map<string, Spelling>();

function spelling(t: string): Spelling {
  let sp = spellings.get(t);
  if (!sp) {
    if (spellings.size >= MAX_SPELLINGS) spellings = new Map();
    const norm = normalize(t);
    sp = { text: t, norm: norm === t ? t : norm, word: wordChar.test(t), space: /^\s+$/.test(t) };
    spellings.set(t, sp);
  }
  return sp;
}

/**
 * A token is its shared spelling and where it starts: two fields instead of five (a
 * large survey has millions of tokens, all alive until the last wording rule has run).
 */
class SpelledToken implements Token {
  constructor(
    private readonly spelling: Spelling,
    readonly index: number,
  ) {}
  get text(): string {
    return this.spelling.text;
  }
  get norm(): string {
    return this.spelling.norm;
  }
  get end(): number {
    return this.index + this.spelling.text.length;
  }
  get word(): boolean {
    return this.spelling.word;
  }
}

function latinTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)) {
    out.push(new SpelledToken(spelling(m[0]), m.index ?? 0));
  }
  return out;
}

/** `longestFirst`: the glossary without duplicates or empty words, longest first. */
function segmentTokens(text: string, lang: string, longestFirst: readonly string[]): Token[] {
  // Boundary flags per position (not a Set of numbers to sort): linear, little garbage.
  const bound = new Uint8Array(text.length + 1);
  bound[0] = bound[text.length] = 1;
  for (const [from, to] of windows(text)) {
    for (const s of segmenter(lang).segment(text.slice(from, to))) bound[from + s.index + s.segment.length] = 1;
    bound[from] = 1;
  }
  // Glossary words become single tokens: drop the boundaries inside them.
  // One flag per character (not a list of intervals to scan) keeps this linear in the text.
  const covered = new Uint8Array(text.length);
  for (const g of longestFirst) {
    for (let at = text.indexOf(g); at >= 0; at = text.indexOf(g, at + 1)) {
      const end = at + g.length;
      if (covered.subarray(at, end).includes(1)) continue;
      covered.fill(1, at, end);
      bound.fill(0, at + 1, end);
      bound[at] = bound[end] = 1;
    }
  }
  const out: Token[] = [];
  let last = 0;
  for (let i = 1; i <= text.length; i++) {
    if (!bound[i]) continue;
    const sp = spelling(text.slice(last, i));
    if (!sp.space) out.push(new SpelledToken(sp, last));
    last = i;
  }
  return out;
}

// ICU's dictionary segmenter is super-linear in the length of what it is given (a
// 70,000-character text takes minutes): give it windows of about a thousand characters,
// cut after punctuation or a space where there is one, never inside a surrogate pair.
const WINDOW = 1000;
const cutAfter = /[\s。，、；：！？!?,.;:…）)」』]/;

export function* windows(text: string): Generator<[number, number]> {
  let from = 0;
  while (text.length - from > WINDOW) {
    let to = from + WINDOW;
    for (let k = to; k > from + WINDOW / 2; k--)
      if (cutAfter.test(text[k - 1])) {
        to = k;
        break;
      }
    if (to === from + WINDOW && /[\uDC00-\uDFFF]/.test(text[to])) to--;
    yield [from, to];
    from = to;
  }
  yield [from, text.length];
}
