// The table of translatable texts and how a text is written into the markup: escaped,
// in the default language, inside an element that names its key (`data-t`) so the
// runtime can switch language; `{id}` pipes become spans the runtime fills in.
import type { LText } from '@survey/compiler';
import { esc } from './escape.ts';

const PIPE = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export class TextTable {
  readonly texts: Record<string, LText> = {};

  constructor(
    readonly lang: string,
    readonly pipes: ReadonlySet<string>,
  ) {}

  /** Records the text and returns its markup in the default language. */
  html(key: string, text: LText | undefined): string {
    const t = text ?? {};
    this.texts[key] = t;
    return this.inline(t[this.lang] ?? Object.values(t)[0] ?? '');
  }

  /** `<tag data-t=key …>text</tag>`; extra attributes are trusted markup from the caller. */
  el(tag: string, key: string, text: LText | undefined, attrs = ''): string {
    return `<${tag} data-t="${esc(key)}"${attrs}>${this.html(key, text)}</${tag}>`;
  }

  /** The table for the page: a text identical to an earlier one is written as that one's key. */
  shared(): Record<string, LText | string> {
    const first = new Map<string, string>();
    const out: Record<string, LText | string> = {};
    for (const [key, text] of Object.entries(this.texts)) {
      const id = JSON.stringify(text);
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, key);
      out[key] = earlier ?? text;
    }
    return out;
  }

  /** Escaped text with pipes of known question ids as placeholders. */
  inline(value: string): string {
    let out = '';
    let last = 0;
    for (const m of value.matchAll(PIPE)) {
      if (!this.pipes.has(m[1])) continue;
      out += esc(value.slice(last, m.index)) + `<span class="pipe" data-pipe="${esc(m[1])}"></span>`;
      last = (m.index ?? 0) + m[0].length;
    }
    return out + esc(value.slice(last));
  }
}

/** An interface string in the page language, keyed for the language switch. */
export function uiEl(tag: string, key: string, ui: Record<string, LText>, lang: string, attrs = ''): string {
  return `<${tag} data-ui="${esc(key)}"${attrs}>${esc(ui[key]?.[lang] ?? key)}</${tag}>`;
}
