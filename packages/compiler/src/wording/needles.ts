// Every needle (normalised term) any word list may look for, in one trie by UTF-16
// code unit. A segmented text's runs between boundaries are walked through it
// (match.ts): only the runs that spell a needle are made, not every run of the text,
// so no slice of a text is cut to be looked up and thrown away. A text's runs are
// found again whenever a new needle is learnt; the built-in lexicons are learnt all at
// once on first use, so a first compile does not walk every text again for each rule's lists.
import * as lexicons from './lexicon.ts';
import { normalize } from './tokenize.ts';

/** A node of the trie: its children by code unit, and the needle that ends here. */
export interface NeedleNode {
  next?: Map<number, NeedleNode>;
  needle?: string;
}

const root: NeedleNode = {};
let version = 0;
let builtins = false;

/** Records a needle; true when it was new. */
export function learnNeedle(needle: string): boolean {
  let node = root;
  for (let i = 0; i < needle.length; i++) {
    const c = needle.charCodeAt(i);
    const next = (node.next ??= new Map());
    let child = next.get(c);
    if (!child) next.set(c, (child = {}));
    node = child;
  }
  if (node.needle !== undefined) return false;
  node.needle = needle;
  version++;
  return true;
}

/** The trie of every needle learnt so far (call needlesVersion first, so the built-in lexicons are in it). */
export function needleTrie(): NeedleNode {
  return root;
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
