// Language switching: every element with `data-t` (survey text) or `data-ui`
// (interface text) is rewritten with textContent, never innerHTML; `{id}` pipes in
// survey texts become spans filled with the answer's label.
import type { RuntimeData } from './data.ts';

const PIPE = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export class Texts {
  lang: string;
  private pipes: Set<string>;

  constructor(private data: RuntimeData) {
    this.lang = data.defaultLanguage;
    this.pipes = new Set(data.pipes);
  }

  text(key: string): string {
    const entry = this.data.texts[key];
    const t = typeof entry === 'string' ? this.data.texts[entry] : entry;
    if (!t || typeof t === 'string') return '';
    return t[this.lang] ?? t[this.data.defaultLanguage] ?? Object.values(t)[0] ?? '';
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
    document.querySelectorAll<HTMLElement>('[data-t]').forEach((el) => this.fill(el, this.text(el.dataset.t ?? '')));
    document.querySelectorAll<HTMLElement>('[data-ui]').forEach((el) => (el.textContent = this.ui(el.dataset.ui ?? '')));
    document.title = this.text('survey.title') || this.data.id;
  }
}
