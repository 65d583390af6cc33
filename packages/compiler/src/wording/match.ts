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

export function findTerms(text: string, tokens: Token[], lang: string, terms: Iterable<string>): Match[] {
  const out: Match[] = [];
  if (isSegmentedLanguage(lang)) {
    const startAt = new Map<number, number>();
    const endAt = new Map<number, number>();
    tokens.forEach((t, i) => {
      startAt.set(t.index, i);
      endAt.set(t.end, i);
    });
    const lower = normalize(text);
    for (const term of new Set(terms)) {
      const needle = normalize(term);
      if (!needle) continue;
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        const first = startAt.get(at);
        const last = endAt.get(at + needle.length);
        if (first !== undefined && last !== undefined) out.push({ term, index: at, end: at + needle.length, first, last });
      }
    }
  } else {
    const ws = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.word);
    for (const term of new Set(terms)) {
      const parts = normalize(term).split(/\s+/).filter(Boolean);
      if (!parts.length) continue;
      for (let k = 0; k + parts.length <= ws.length; k++) {
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
