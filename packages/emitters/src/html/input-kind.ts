// The keyboard a phone shows for an answer: the input type, inputmode and autocomplete
// of a number or short text, from what the question allows. A number that cannot be
// negative gets the digit pad (decimal point only when decimals are allowed); a text
// whose pattern takes an e-mail address, a phone number, a web address or digits only
// gets the e-mail, phone, URL or digit keyboard.
import type { Question } from '@survey/compiler';

export interface InputKind {
  type: 'text' | 'email' | 'tel' | 'url' | 'number';
  inputmode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'url';
  autocomplete: string;
}

export function numberKind(q: Question): InputKind {
  const nonNegative = typeof q.min === 'number' && q.min >= 0;
  // iOS digit pads have no minus sign: a number that may be negative keeps the full keyboard.
  if (!nonNegative) return { type: 'number', autocomplete: 'off' };
  return { type: 'number', inputmode: q.integer ? 'numeric' : 'decimal', autocomplete: 'off' };
}

/** The kind of a short text answer, or undefined for free text. */
export function textKind(q: Question): InputKind | undefined {
  const p = q.pattern;
  if (p !== undefined) {
    if (p.includes('@')) return { type: 'email', inputmode: 'email', autocomplete: 'email' };
    if (/^\^?\(?https?/.test(p)) return { type: 'url', inputmode: 'url', autocomplete: 'url' };
    const classes = phoneLike(p);
    if (classes === 'phone') return { type: 'tel', inputmode: 'tel', autocomplete: 'tel' };
    if (classes === 'digits') return { type: 'text', inputmode: 'numeric', autocomplete: 'off' };
  }
  return undefined;
}

/**
 * 'digits' when the pattern matches digits only (`[0-9]{6}`, `\d+`), 'phone' when it also
 * takes phone punctuation (`+`, spaces, brackets, dashes), else undefined.
 */
function phoneLike(pattern: string): 'digits' | 'phone' | undefined {
  // Escapes, classes and counted repeats are single tokens; anchors, quantifiers and grouping say nothing here.
  const atoms = (pattern.match(/\\.|\[(?:\\.|[^\]])*\]|\{\d+(?:,\d*)?\}|\(\?:|./g) ?? []).filter(
    (a) => !/^(\{.*\}|[?*+^$()|]|\(\?:)$/.test(a),
  );
  if (!atoms.length) return undefined;
  let punctuation = false;
  let digits = false;
  for (const a of atoms) {
    if (a === '\\d' || a === '[0-9]' || a === '[\\d]' || /^[0-9]$/.test(a)) {
      digits = true;
      continue;
    }
    if (a.startsWith('[')) {
      const inner = a.slice(1, -1).replace(/0-9|\\d/g, () => ((digits = true), ''));
      if (/^[ ()+\-.\\s]*$/.test(inner)) {
        if (inner) punctuation = true;
        continue;
      }
      return undefined;
    }
    if (/^\\?[ ()+\-.]$/.test(a) || a === '\\s') {
      punctuation = true;
      continue;
    }
    return undefined;
  }
  if (!digits) return undefined;
  return punctuation ? 'phone' : 'digits';
}

/** The attributes of a kind, as markup. */
export function kindAttrs(k: InputKind): string {
  return `type="${k.type}"${k.inputmode ? ` inputmode="${k.inputmode}"` : ''} autocomplete="${k.autocomplete}"`;
}
