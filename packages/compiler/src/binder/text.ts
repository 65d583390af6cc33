// Multilingual text from the tree to the model: the untagged part belongs to the
// default language; `en: "…"` parts to their language.
import type * as A from '@survey/syntax';
import type { LText } from '../model.ts';

export function toLText(text: A.Text | undefined, defaultLanguage: string): LText | undefined {
  if (!text || text.parts.length === 0) return undefined;
  const out: LText = {};
  for (const part of text.parts) {
    const lang = part.lang ?? defaultLanguage;
    if (!(lang in out)) out[lang] = part.value;
  }
  return out;
}

/** Text in the preferred language, falling back to the first available. */
export function pickText(text: LText | undefined, lang?: string): string {
  if (!text) return '';
  if (lang && text[lang] !== undefined) return text[lang];
  const first = Object.keys(text)[0];
  return first === undefined ? '' : text[first];
}

/** `{id}` placeholders inside a text: piping of earlier answers. */
const PIPE_PATTERN = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export function pipesIn(value: string): Array<{ name: string; index: number; length: number }> {
  const out: Array<{ name: string; index: number; length: number }> = [];
  if (!value.includes('{')) return out; // most texts: no regular expression run
  for (const m of value.matchAll(PIPE_PATTERN)) out.push({ name: m[1], index: m.index ?? 0, length: m[0].length });
  return out;
}
