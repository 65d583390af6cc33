// Every needle (normalised term) any word list may look for. A text keeps only its
// runs that spell one of them (match.ts), so the runs are filtered again whenever a
// new needle is learnt; the built-in lexicons are learnt all at once on first use, so
// a first compile does not filter every text again for each rule's lists.
import * as lexicons from './lexicon.ts';
import { normalize } from './tokenize.ts';

const known = new Set<string>();
let version = 0;
let builtins = false;

/** Records a needle; true when it was new. */
export function learnNeedle(needle: string): boolean {
  if (known.has(needle)) return false;
  known.add(needle);
  version++;
  return true;
}

export function isKnownNeedle(needle: string): boolean {
  return known.has(needle);
}

/** Changes whenever a needle is learnt. */
export function needlesVersion(): number {
  if (!builtins) {
    builtins = true;
    for (const value of Object.values(lexicons)) {
      if (typeof value !== 'object' || value === null || !('en' in value) || !('zh' in value)) continue;
      for (const term of [...value.en, ...value.zh]) {
        const needle = normalize(term);
        if (needle.trim()) learnNeedle(needle);
      }
    }
  }
  return version;
}
