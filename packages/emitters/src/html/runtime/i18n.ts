// Language switching: every element with `data-t` (survey text) or `data-ui`
// (interface text) is rewritten with textContent, never innerHTML; `{id}` pipes in
// survey texts become spans filled with the answer's label.
import type { RuntimeData } from './data.ts';

const PIPE = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export class Texts {
  lang: string;
  private pipes: Set<string>;
  /** Whether the default-language texts the data leaves to the markup have been read from it. */
  private read = false;

  constructor(private data: RuntimeData) {
    this.lang = data.defaultLanguage;
    this.pipes = new Set(data.pipes);
  }

  text(key: string): string {
    if (!this.read) this.readMarkup();
    const t = this.entry(key);
    if (!t) return '';
    return t[this.lang] ?? t[this.data.defaultLanguage] ?? Object.values(t)[0] ?? '';
  }

  private entry(key: string): Record<string, string | null> | undefined {
    const entry = this.data.texts[key];
    const t = typeof entry === 'string' ? this.data.texts[entry] : entry;
    return t && typeof t === 'object' ? t : undefined;
  }

  /**
   * A text the page shows in the default language is not repeated in the data (its entry
   * there is `null`): take it from its element, before any element is rewritten.
   */
  private keep(el: HTMLElement): void {
    const t = this.entry(el.dataset.t ?? '');
    if (t && t[this.data.defaultLanguage] === null) t[this.data.defaultLanguage] = el.textContent ?? '';
  }

  private readMarkup(): void {
    this.read = true;
    document.querySelectorAll<HTMLElement>('[data-t]').forEach((el) => this.keep(el));
  }

  ui(key: string, params: Record<string, string | number> = {}): string {
    const t = this.data.ui[key];
    const s = t?.[this.lang] ?? t?.[this.data.defaultLanguage] ?? key;
    return s.replace(/\{(n|total|label)\}/g, (_, k: string) => String(params[k] ?? ''));
  }

  /** Text nodes and pipe placeholders for one survey text. */
  fill(el: Element, value: string): void {
    // The page is written in the default language, so at start most texts are already
    // right: leave those alone (rewriting 30,000 text nodes costs a big form 0.2 s).
    if (el.childElementCount === 0 && el.textContent === value && !this.hasPipe(value)) return;
    const parts: Node[] = [];
    let last = 0;
    for (const m of value.matchAll(PIPE)) {
      if (!this.pipes.has(m[1])) continue;
      parts.push(document.createTextNode(value.slice(last, m.index)));
      const span = document.createElement('span');
      span.className = 'pipe';
      span.dataset.pipe = m[1];
      parts.push(span);
      last = (m.index ?? 0) + m[0].length;
    }
    parts.push(document.createTextNode(value.slice(last)));
    el.replaceChildren(...parts);
  }

  private hasPipe(value: string): boolean {
    if (!value.includes('{')) return false;
    for (const m of value.matchAll(PIPE)) if (this.pipes.has(m[1])) return true;
    return false;
  }

  apply(lang: string): void {
    this.lang = this.data.languages.includes(lang) ? lang : this.data.defaultLanguage;
    const root = document.documentElement;
    root.lang = this.lang;
    root.dir = this.data.rtl?.includes(this.lang) ? 'rtl' : 'ltr';
    // The first time, each element's default-language text is kept before it may be rewritten.
    const first = !this.read;
    this.read = true;
    document.querySelectorAll<HTMLElement>('[data-t]').forEach((el) => {
      if (first) this.keep(el);
      this.fill(el, this.text(el.dataset.t ?? ''));
    });
    document.querySelectorAll<HTMLElement>('[data-ui]').forEach((el) => (el.textContent = this.ui(el.dataset.ui ?? '')));
    document.title = this.text('survey.title') || this.data.id;
  }

  /** The current language in one part of the page (options and scale points added to it after a switch). */
  applyIn(root: Element): void {
    root.querySelectorAll<HTMLElement>('[data-t]').forEach((el) => this.fill(el, this.text(el.dataset.t ?? '')));
    root.querySelectorAll<HTMLElement>('[data-ui]').forEach((el) => (el.textContent = this.ui(el.dataset.ui ?? '')));
  }
}
