// Whole-word matching of terms and phrases in a tokenised text. In segmented
// languages a term matches where it starts and ends on token boundaries (so it may
// span several tokens: 大多数客户); elsewhere a phrase is a sequence of words.
import { isSegmentedLanguage, normalize, type Token } from './tokenize.ts';

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
  /** Segmented languages: normalised needles. */
  needles: Array<{ term: string; needle: string }>;
  /** Other languages: phrases by their first word, and phrases starting with a wildcard word. */
  byFirst: Map<string, Array<{ term: string; parts: string[] }>>;
  wild: Array<{ term: string; parts: string[] }>;
}

// Word lists are memoised (wordList), so compiling each list once per identity is enough.
const compiledCache = new WeakMap<object, Compiled>();

function compile(terms: Iterable<string>): Compiled {
  const cached = Array.isArray(terms) ? compiledCache.get(terms) : undefined;
  if (cached) return cached;
  const c: Compiled = { needles: [], byFirst: new Map(), wild: [] };
  for (const term of new Set(terms)) {
    const needle = normalize(term);
    if (!needle.trim()) continue;
    c.needles.push({ term, needle });
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
    const startAt = new Map<number, number>();
    const endAt = new Map<number, number>();
    tokens.forEach((t, i) => {
      startAt.set(t.index, i);
      endAt.set(t.end, i);
    });
    const lower = normalize(text);
    for (const { term, needle } of c.needles) {
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const first = startAt.get(at);
        const last = endAt.get(at + needle.length);
        if (first !== undefined && last !== undefined) out.push({ term, index: at, end: at + needle.length, first, last });
      }
    }
  } else {
    const ws: Array<{ t: Token; i: number }> = [];
    tokens.forEach((t, i) => {
      if (t.word) ws.push({ t, i });
    });
    for (let k = 0; k < ws.length; k++) {
      const candidates = [...(c.byFirst.get(ws[k].t.norm) ?? []), ...c.wild];
      for (const { term, parts } of candidates) {
        if (k + parts.length > ws.length) continue;
        if (parts.every((p, j) => wordMatches(ws[k + j].t.norm, p))) {
          const a = ws[k];
          const b = ws[k + parts.length - 1];
          out.push({ term, index: a.t.index, end: b.t.end, first: a.i, last: b.i });
        }
      }
    }
  }
  return dedupe(out);
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
