// The table of translatable texts and how a text is written into the markup: escaped,
// in the default language, inside an element that names its key (`data-t`) so the
// runtime can switch language; `{id}` pipes become spans the runtime fills in.
import type { LText } from '@survey/compiler';
import { esc } from './escape.ts';

const PIPE = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export class TextTable {
  readonly texts: Record<string, LText> = {};
  /** Keys written into the page's markup (not into a template), where the runtime reads their default-language text. */
  private readonly live = new Set<string>();

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

  /**
   * `<tag data-t=key …>text</tag>`; extra attributes are trusted markup from the caller.
   * `live`: the element is in the page itself, not in a template the runtime clones.
   */
  el(tag: string, key: string, text: LText | undefined, attrs = '', live = true): string {
    if (live) this.live.add(key);
    return `<${tag} data-t="${esc(key)}"${attrs}>${this.html(key, text)}</${tag}>`;
  }

  /**
   * The table for the page: a text identical to an earlier one is written as that one's key,
   * and a text the markup shows in the default language has that language as `null`: the
   * runtime reads it from the element (runtime/i18n.ts) instead of the page carrying it twice.
   */
  shared(): Record<string, Record<string, string | null> | string> {
    const first = new Map<string, string>();
    // The same object (a shared list's label) is the same text, without writing it out.
    const firstOf = new Map<LText, string>();
    const out: Record<string, Record<string, string | null> | string> = {};
    for (const [key, text] of Object.entries(this.texts)) {
      let earlier = firstOf.get(text);
      if (earlier === undefined) {
        const id = JSON.stringify(text);
        earlier = first.get(id);
        if (earlier === undefined) first.set(id, key);
        firstOf.set(text, earlier ?? key);
      }
      const shown = text[this.lang];
      out[key] = earlier ?? (this.live.has(key) && shown !== undefined && readable(shown) ? { ...text, [this.lang]: null } : text);
    }
    return out;
  }

  /** Escaped text with pipes of known question ids as placeholders. */
  inline(value: string): string {
    if (!value.includes('{')) return esc(value);
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

/**
 * Whether the element's textContent gives the text back exactly: no pipe placeholder (a
 * `{` may start one), and nothing the HTML parser changes (CR becomes LF, NUL is dropped).
 */
const readable = (text: string) => !/[{\r\0]/.test(text);

/** An interface string in the page language, keyed for the language switch. */
export function uiEl(tag: string, key: string, ui: Record<string, LText>, lang: string, attrs = ''): string {
  return `<${tag} data-ui="${esc(key)}"${attrs}>${esc(ui[key]?.[lang] ?? key)}</${tag}>`;
}
