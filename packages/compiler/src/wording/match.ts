// Whole-word matching of terms and phrases in a tokenised text. In segmented
// languages a term matches where it starts and ends on token boundaries (so it may
// span several tokens: 大多数客户); elsewhere a phrase is a sequence of words.
import { isSegmentedLanguage, normalize, type Token } from './tokenize.ts';
import { learnNeedle, needlesVersion, needleTrie, type NeedleNode } from './needles.ts';

export interface Match {
  term: string;
  /** Offsets in the string value. */
  index: number;
  end: number;
  /** Index of the first and last token covered. */
  first: number;
  last: number;
}

interface Compiled {
  /** Segmented languages: terms by normalised needle, and the longest needle. */
  byNeedle: Map<string, string[]>;
  longest: number;
  /** Other languages: phrases by their first word, and phrases starting with a wildcard word. */
  byFirst: Map<string, Array<{ term: string; parts: string[] }>>;
  wild: Array<{ term: string; parts: string[] }>;
}

// Word lists are memoised (wordList), so compiling each list once per identity is enough.
const compiledCache = new WeakMap<object, Compiled>();

function compile(terms: Iterable<string>): Compiled {
  const cached = Array.isArray(terms) ? compiledCache.get(terms) : undefined;
  if (cached) return cached;
  const c: Compiled = { byNeedle: new Map(), longest: 0, byFirst: new Map(), wild: [] };
  for (const term of new Set(terms)) {
    const needle = normalize(term);
    if (!needle.trim()) continue;
    learnNeedle(needle);
    const same = c.byNeedle.get(needle) ?? [];
    same.push(term);
    c.byNeedle.set(needle, same);
    c.longest = Math.max(c.longest, needle.length);
    const parts = needle.split(/\s+/).filter(Boolean);
    if (parts[0].length > 1 && (parts[0].endsWith('*') || parts[0].startsWith('*'))) c.wild.push({ term, parts });
    else {
      const list = c.byFirst.get(parts[0]) ?? [];
      list.push({ term, parts });
      c.byFirst.set(parts[0], list);
    }
  }
  if (Array.isArray(terms)) compiledCache.set(terms, c);
  return c;
}

export function findTerms(text: string, tokens: Token[], lang: string, terms: Iterable<string>): Match[] {
  const out: Match[] = [];
  const c = compile(terms);
  if (isSegmentedLanguage(lang)) {
    // Only the runs spelling some list's needle are looked up: linear in the text and in
    // its matches, whatever the size of the word list.
    for (const sp of runs(text, tokens)) {
      if (sp.end - sp.start > c.longest) continue;
      const found = c.byNeedle.get(sp.needle);
      if (found) for (const term of found) out.push({ term, index: sp.start, end: sp.end, first: sp.first, last: sp.last });
    }
  } else {
    const ws = wordsOf(tokens);
    const tryAt = (k: number, candidates: Array<{ term: string; parts: string[] }>) => {
      for (const { term, parts } of candidates) {
        if (k + parts.length > ws.length) continue;
        if (parts.every((p, j) => wordMatches(tokens[ws[k + j]].norm, p))) {
          const a = ws[k];
          const b = ws[k + parts.length - 1];
          out.push({ term, index: tokens[a].index, end: tokens[b].end, first: a, last: b });
        }
      }
    };
    for (let k = 0; k < ws.length; k++) {
      const first = c.byFirst.get(tokens[ws[k]].norm);
      if (first) tryAt(k, first);
      if (c.wild.length) tryAt(k, c.wild);
    }
  }
  return dedupe(out);
}

/** A run of a segmented text between two boundaries that spells a needle of some list (normalised). */
interface Run {
  start: number;
  end: number;
  first: number;
  last: number;
  needle: string;
}

// Every wording rule looks its word lists up in the same texts: the runs of a text that
// spell a needle of some list are found once per tokens array (and again only when a new
// needle is learnt), by walking the needle trie from every boundary; the words of an
// unsegmented text are listed once per tokens array.
interface Runs {
  text: string;
  version: number;
  needed: Run[];
}
const runCache = new WeakMap<Token[], Runs>();

/** The runs of the text that spell a needle of a compiled list (of any length), in start then end order. */
function runs(text: string, tokens: Token[]): Run[] {
  const version = needlesVersion();
  let hit = runCache.get(tokens);
  if (!hit || hit.text !== text || hit.version !== version) {
    hit = { text, version, needed: neededRuns(text, tokens) };
    runCache.set(tokens, hit);
  }
  return hit.needed;
}

function neededRuns(text: string, tokens: Token[]): Run[] {
  const lower = normalize(text);
  const points = boundaries(tokens);
  const trie = needleTrie();
  const out: Run[] = [];
  for (let i = 0; i < points.length; i++) {
    const start = points[i].at;
    let node: NeedleNode | undefined = trie;
    let j = i + 1;
    // Code unit by code unit through the trie; at every boundary passed, a needle ending there is a run.
    for (let at = start; at < lower.length && j < points.length;) {
      node = node.next?.get(lower.charCodeAt(at));
      if (!node) break;
      at++;
      while (j < points.length && points[j].at < at) j++;
      if (j < points.length && points[j].at === at && node.needle !== undefined)
        out.push({ start, end: at, first: points[i].token, last: points[j].token - 1, needle: node.needle });
    }
  }
  return out;
}

const wordCache = new WeakMap<Token[], number[]>();

/** The indices of the word tokens. */
function wordsOf(tokens: Token[]): number[] {
  let ws = wordCache.get(tokens);
  if (!ws) {
    ws = [];
    for (let i = 0; i < tokens.length; i++) if (tokens[i].word) ws.push(i);
    wordCache.set(tokens, ws);
  }
  return ws;
}

// The segmenter glues a pronoun or an auxiliary onto the next word (我不是, 有时会, 都在):
// one character at the edge of a longer token is also a boundary for matching.
const gluedBefore = new Set(['我', '您', '你', '他', '她', '它', '这', '那', '也', '都', '就', '还']);
const gluedAfter = new Set(['会', '都', '在', '也', '就', '还', '要', '能', '是', '的', '了', '吗', '呢', '吧']);

interface Point {
  at: number;
  /** Index of the token that starts at or contains `at` (tokens.length at the end). */
  token: number;
}

function boundaries(tokens: Token[]): Point[] {
  const out: Point[] = [];
  tokens.forEach((t, i) => {
    const prev = out[out.length - 1];
    if (!prev || prev.at < t.index) out.push({ at: t.index, token: i });
    if (t.text.length >= 3 && gluedBefore.has(t.text[0])) out.push({ at: t.index + 1, token: i });
    if (t.text.length >= 2 && gluedAfter.has(t.text[t.text.length - 1])) out.push({ at: t.end - 1, token: i });
    out.push({ at: t.end, token: i + 1 });
  });
  // sorted and without duplicates (a boundary pushed twice keeps its first token)
  out.sort((a, b) => a.at - b.at || a.token - b.token);
  return out.filter((p, k) => k === 0 || p.at !== out[k - 1].at);
}

/** `*` at the end of a list word matches any ending (`recommend*`), at the start any beginning (`*n't`). */
function wordMatches(word: string, pattern: string): boolean {
  if (pattern.length > 1 && pattern.endsWith('*')) return word.startsWith(pattern.slice(0, -1));
  if (pattern.length > 1 && pattern.startsWith('*')) return word.endsWith(pattern.slice(1));
  return word === pattern;
}

/** Sorted by position; of overlapping matches the longest wins. */
function dedupe(ms: Match[]): Match[] {
  ms.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: Match[] = [];
  for (const m of ms) {
    const prev = out[out.length - 1];
    if (prev && m.index < prev.end) continue;
    out.push(m);
  }
  return out;
}

/** Does any of the terms occur (whole words)? */
export function hasTerm(text: string, tokens: Token[], lang: string, terms: Iterable<string>): boolean {
  return findTerms(text, tokens, lang, terms).length > 0;
}
