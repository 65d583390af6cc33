// The page controller: shows and hides questions as answers change, moves between
// pages, validates, keeps the respondent's work in local storage and delivers the
// response. Every text it writes goes through textContent.
import type { Code, RuntimeData, RuntimeQuestion } from './data.ts';
import { textKey } from './data.ts';
import { truth, type Env } from './evaluate.ts';
import { calculate, type Calculated } from './calculate.ts';
import { badInput, controlsOf, rawRanks, readQuestion, reindexControls, writeQuestion, type Answers } from './controls.ts';
import { validate, type Problem } from './validate.ts';
import { Texts } from './i18n.ts';
import { arrange } from './order.ts';
import { clear, load, save, type Saved } from './storage.ts';
import { showSaving } from './saving.ts';
import { showSummary } from './summary.ts';
import { download, post } from './deliver.ts';
import { readHidden, type HiddenRead } from './hidden.ts';
import { applyFilters } from './filters.ts';
import { Defaults } from './defaults.ts';
import { fillScales } from './scales.ts';
import { fillLists } from './lists.ts';
import { buildShells, shellAround, type ShellContext } from './shells.ts';
import { arrangeFlow, endScreen, randomSource, screenOutAt } from './flow.ts';
import { foldRosters, showInstances } from './rosters.ts';

type Message = { key: string; params?: Record<string, string | number> } | undefined;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

export class SurveyForm {
  private form = $<HTMLFormElement>('survey-form')!;
  private pages = Array.from(document.querySelectorAll<HTMLElement>('.page'));
  private texts: Texts;
  private byId: Map<string, RuntimeQuestion>;
  private missing = new Map<string, number[]>();
  /** Substantive ranges of answers and scales on a scale, for rescale() and reverse() in calculated values. */
  private ranges: Map<string, [number, number]>;
  private page = 0;
  private visible = new Set<string>();
  private problems: Problem[] = [];
  /** Slots whose message and aria-invalid are on the page now. */
  private flagged = new Set<string>();
  private status: Message;
  private alert: Message;
  private order: Record<string, string[]> = {};
  private startedAt = new Date().toISOString();
  private pending = '';
  private sending = false;
  private preloaded: HiddenRead;
  private defaults = new Defaults(this.form, new Set());
  private responseId = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : '';
  /** The order shown per randomised section and shuffle group, and how the response ended. */
  private flowOrder: Record<string, string[]> = {};
  private outcome: { screenout?: string; end?: string } = {};
  /** What building a question's shell reads (runtime/shells.ts). */
  private shells: ShellContext = {
    question: (id) => this.byId.get(id),
    requiredMark: () => this.texts.ui('requiredMark'),
  };

  constructor(private data: RuntimeData) {
    this.texts = new Texts(data);
    this.byId = new Map(data.questions.map((q) => [q.id, q]));
    this.ranges = scaleRanges(data.questions);
    for (const q of data.questions) if (q.missing) for (const n of q.names) this.missing.set(n, q.missing);
    this.preloaded = readHidden(data.hidden ?? [], location.search);
  }

  /** Shows what is wrong with the link's hidden values, in the page language. */
  private renderLinkProblems(): void {
    const el = $('link-problem');
    if (!el) return;
    el.textContent = this.preloaded.problems.map((p) => this.texts.ui(p.key, p.params)).join(' ');
    el.hidden = this.preloaded.problems.length === 0;
  }

  start(): void {
    const saved = load(this.data.storageKey);
    // Options and rows in random order are arranged now: their questions get their shells first.
    document.querySelectorAll('[data-randomize]').forEach((c) => shellAround(c, this.shells));
    fillLists(document, '[data-list][data-randomize]');
    document.querySelectorAll<HTMLElement>('[data-randomize]').forEach((c) => {
      const key = c.closest<HTMLElement>('[data-q]')?.dataset.q ?? '';
      this.order[key] = arrange(c, saved?.order?.[key]);
    });
    if (saved) {
      // restored answers need every page's controls
      buildShells(document, this.shells);
      fillScales(document);
      fillLists(document);
    }
    if (this.data.flow) {
      const keep = Object.fromEntries(
        Object.entries(saved?.order ?? {})
          .filter(([k]) => k.startsWith('flow:'))
          .map(([k, v]) => [k.slice(5), v]),
      );
      this.flowOrder = arrangeFlow(this.data, this.form, keep, randomSource(location.search));
      for (const [k, v] of Object.entries(this.flowOrder)) this.order[`flow:${k}`] = v;
      this.pages = Array.from(document.querySelectorAll<HTMLElement>('.page'));
    }
    reindexControls(this.form);
    if (saved) {
      for (const q of this.data.questions) writeQuestion(this.form, q, saved.answers);
      this.startedAt = saved.startedAt || this.startedAt;
      if (saved.responseId) this.responseId = saved.responseId;
      for (const id of saved.touched ?? []) this.defaults.touched.add(id);
      this.page = saved.page || 0;
    }
    this.setLanguage(saved?.lang ?? this.data.defaultLanguage);
    this.form.addEventListener('input', (e) => this.onInput(e));
    this.form.addEventListener('change', (e) => this.onInput(e));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (this.isLastPage()) void this.submit();
      else this.next();
    });
    $('next')?.addEventListener('click', () => this.next());
    $('prev')?.addEventListener('click', () => this.prev());
    $('download')?.addEventListener('click', () => download(this.fileName(), this.pending || this.responseText()));
    $('download-again')?.addEventListener('click', () => download(this.fileName(), this.pending));
    $('copy')?.addEventListener('click', () => void this.copyResponse());
    $('forget')?.addEventListener('click', () => this.forget());
    $<HTMLSelectElement>('lang')?.addEventListener('change', (e) => {
      this.setLanguage((e.target as HTMLSelectElement).value);
      this.persist();
    });
    this.refresh();
    const pages = this.visiblePages();
    this.showPage(pages.includes(this.page) ? this.page : (pages[0] ?? 0), false);
    if (saved) this.say('status', { key: 'restored' });
    this.persist();
    this.fillLater();
  }

  /** Question shells, scale points and shared lists' options of page i, when it is shown first; true when any were added. */
  private fillPage(i: number): boolean {
    const page = this.pages[i];
    if (!page || !(buildShells(page, this.shells) + fillScales(page) + fillLists(page))) return false;
    reindexControls(this.form);
    // Templates are in the default language.
    if (this.texts.lang !== this.data.defaultLanguage) this.texts.applyIn(page);
    // A default shows, a filter hides options and a piped answer shows once its question has controls.
    if (this.pageQuestions(i).some((q) => q.default || q.filters) || page.querySelector('[data-list] .pipe, .scale .pipe')) this.refresh();
    // Messages already found for its questions go into the error slots it has now.
    if (this.problems.length) this.renderProblems();
    return true;
  }

  /** The other pages' scales, one page per task after the form is usable; all at once before printing. */
  private fillLater(): void {
    const rest = this.pages.map((_, i) => i);
    const step = () => {
      const i = rest.shift();
      if (i === undefined) return;
      this.fillPage(i);
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
    const all = () => rest.splice(0).forEach((i) => this.fillPage(i));
    window.addEventListener('beforeprint', all);
    window.matchMedia?.('print').addEventListener?.('change', (e) => e.matches && all());
  }

  // ---------------------------------------------------------------- answers
  private env(answers: Answers): Env {
    const env: Env = {
      value: (n) => answers[n],
      missing: (n) => this.missing.get(n) ?? [],
      hidden: (n) => this.preloaded.values[n],
      range: (n) => this.ranges.get(n),
      calc: (n) => calculate(this.data.calculations ?? [], n, env),
    };
    return env;
  }

  /** Answers of shown questions, deciding visibility in question order; then the calculated values. */
  private compute(): { answers: Answers; visible: Set<string>; calculated: Calculated } {
    const answers: Answers = {};
    const visible = new Set<string>();
    const env = this.env(answers);
    for (const q of this.data.questions) {
      if (q.when && !truth(q.when, env)) continue;
      this.defaults.fill(q, env);
      // A question none of whose options is offered now (nothing carried forward) is not asked.
      if (q.filters && applyFilters(q, env) === 0) continue;
      visible.add(q.id);
      Object.assign(answers, readQuestion(this.form, q));
    }
    const calculated: Calculated = {};
    for (const c of this.data.calculations ?? []) {
      const v = calculate(this.data.calculations ?? [], c.id, env);
      if (v !== undefined && !(typeof v === 'number' && !Number.isFinite(v))) calculated[c.id] = v;
    }
    return { answers, visible, calculated };
  }

  private allAnswers(): Answers {
    return Object.assign({}, ...this.data.questions.map((q) => readQuestion(this.form, q, true)));
  }

  private label(q: RuntimeQuestion, code: Code): string {
    if (q.kind === 'yesno') return this.texts.ui(String(code));
    if (q.scale) return this.texts.text(textKey.scalePoint(q.scale, Number(code))) || String(code);
    return this.texts.text(textKey.option(q.id, code)) || String(code);
  }

  private refresh(): void {
    const { answers, visible, calculated } = this.compute();
    this.visible = visible;
    for (const q of this.data.questions) {
      const el = $(`q-${q.id}`);
      if (el) el.hidden = !visible.has(q.id);
    }
    if (this.data.rosters) showInstances(this.data.rosters, this.env(answers));
    // A slider shows its value, or that it is not answered yet.
    document.querySelectorAll<HTMLInputElement>('input[data-slider]').forEach((s) => {
      const out = s.nextElementSibling;
      if (out) out.textContent = s.dataset.set === undefined ? this.texts.ui('unanswered') : s.value;
    });
    document.querySelectorAll<HTMLElement>('.pipe[data-pipe]').forEach((el) => {
      const pipe = el.dataset.pipe ?? '';
      if (pipe in this.preloaded.values || this.data.hidden?.some((h) => h.id === pipe)) {
        const hv = this.preloaded.values[pipe];
        el.textContent = hv === undefined ? this.texts.ui('unanswered') : this.texts.text(textKey.option(pipe, hv)) || String(hv);
        return;
      }
      if (this.data.calculations?.some((c) => c.id === pipe)) {
        el.textContent = this.shown(calculated[pipe]);
        return;
      }
      const q = this.byId.get(pipe);
      const v = q ? answers[q.id] : undefined;
      const sep = this.texts.lang.startsWith('zh') || this.texts.lang.startsWith('ja') ? '、' : ', ';
      el.textContent =
        !q || v === undefined
          ? this.texts.ui('unanswered')
          : Array.isArray(v)
            ? v.map((c) => this.label(q, c)).join(sep)
            : ['single', 'rating', 'nps', 'yesno'].includes(q.kind)
              ? this.label(q, v)
              : String(v);
    });
    this.updateNav();
  }

  /** A calculated value as text: yes/no for a truth value, numbers without float noise. */
  private shown(v: Calculated[string] | undefined): string {
    if (v === undefined) return this.texts.ui('unanswered');
    if (typeof v === 'boolean') return this.texts.ui(v ? 'yes' : 'no');
    if (typeof v === 'number') return String(Math.round(v * 1e6) / 1e6);
    return Array.isArray(v) ? v.join(', ') : String(v);
  }

  private onInput(e: Event): void {
    const t = e.target as HTMLInputElement;
    const choice = t.closest<HTMLElement>('.choice');
    if (choice && t.type === 'checkbox' && t.checked && e.type === 'change') {
      // An exclusive option ("none of these") stands alone.
      const others = controlsOf(this.form, t.name).filter((i) => i !== t) as HTMLInputElement[];
      const exclusive = 'exclusive' in choice.dataset;
      for (const o of others) if (exclusive || 'exclusive' in (o.closest<HTMLElement>('.choice')?.dataset ?? {})) o.checked = false;
    }
    if (choice && t.classList.contains('specify') && t.value.trim()) {
      const main = choice.querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]');
      if (main && !main.checked) {
        main.checked = true;
        main.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    if (t.type === 'range') t.dataset.set = '';
    const q = this.byId.get(t.closest<HTMLElement>('[data-q]')?.dataset.q ?? '');
    if (q) this.defaults.touched.add(q.id);
    this.refresh();
    // Errors already shown are re-checked live, so they go away once fixed.
    if (q && this.problems.some((p) => p.slot === q.id || q.names.includes(p.slot))) this.check([q]);
    this.persist();
  }

  // ------------------------------------------------------------- validation
  private check(questions: RuntimeQuestion[]): Problem[] {
    const { answers } = this.compute();
    const shown = questions.filter((q) => this.visible.has(q.id));
    const found = shown.flatMap((q) =>
      validate(q, answers, {
        badInput: badInput(this.form, q),
        ranks: q.kind === 'ranking' ? rawRanks(this.form, q) : [],
        label: (c) => this.label(q, c),
      }),
    );
    // Cross-field checks, under their latest question, once every answer they read is given.
    const slots = new Set(found.map((p) => p.slot));
    const env = this.env(answers);
    for (const c of this.data.checks ?? []) {
      if (!shown.some((q) => q.id === c.anchor) || slots.has(c.anchor)) continue;
      if (c.items.every((n) => answers[n] !== undefined) && !truth(c.expr, env))
        found.push({ slot: c.anchor, key: 'check', text: c.message });
    }
    const checked = new Set(questions.flatMap((q) => [q.id, ...q.names]));
    this.problems = [...this.problems.filter((p) => !checked.has(p.slot)), ...found];
    this.renderProblems();
    return found;
  }

  /**
   * Messages where the answers are. Only the slots that show a message or are about to
   * are touched: rewriting every field of a 5,000-question form cost a quarter second.
   */
  private renderProblems(): void {
    const bySlot = new Map<string, Problem[]>();
    for (const p of this.problems) bySlot.set(p.slot, [...(bySlot.get(p.slot) ?? []), p]);
    for (const slot of new Set([...this.flagged, ...bySlot.keys()])) {
      const mine = bySlot.get(slot) ?? [];
      const el = $(`err-${slot}`);
      if (el) el.textContent = mine.map((p) => this.message(p)).join(' ');
      for (const c of controlsOf(this.form, slot)) {
        if (mine.length) c.setAttribute('aria-invalid', 'true');
        else c.removeAttribute('aria-invalid');
      }
    }
    this.flagged = new Set(bySlot.keys());
    this.renderSummary();
  }

  private message(p: Problem): string {
    return p.text ? this.texts.text(p.text) : this.texts.ui(p.key, p.params);
  }

  /** The error summary: one link per problem on this page, to the field that has it. */
  private renderSummary(): void {
    const list = $('error-links');
    if (!list) return;
    const here = new Set(this.pageQuestions(this.page).flatMap((q) => [q.id, ...q.names]));
    const shown = this.problems.filter((p) => here.has(p.slot));
    list.replaceChildren(
      ...shown.map((p) => {
        const target = controlsOf(this.form, p.slot)[0] ?? $(`q-${p.slot}`);
        const q = this.data.questions.find((x) => x.id === p.slot || x.names.includes(p.slot));
        const title = q ? ($(`q-${q.id}`)?.querySelector('.qtitle [data-t]')?.textContent ?? '') : '';
        const a = document.createElement('a');
        a.href = `#${target?.id ?? ''}`;
        a.textContent = title ? `${title}: ${this.message(p)}` : this.message(p);
        a.addEventListener('click', (e) => {
          e.preventDefault();
          target?.focus();
        });
        const li = document.createElement('li');
        li.append(a);
        return li;
      }),
    );
    list.hidden = shown.length === 0;
    showSummary(shown.length, this.texts);
  }

  /**
   * One problem on the page: focus goes to its field. Several: to the error summary,
   * which lists them all as links (so a screen reader hears how many, then picks one).
   */
  private focusProblem(p: Problem | undefined): void {
    if (!p) return;
    const box = $('error-summary');
    if (box && !box.hidden && ($('error-links')?.childElementCount ?? 0) > 1) {
      box.focus();
      return;
    }
    const c = controlsOf(this.form, p.slot)[0] ?? $(`q-${p.slot}`);
    c?.focus();
  }

  // ---------------------------------------------------------------- paging
  private pageQuestions(i: number): RuntimeQuestion[] {
    return (this.data.pages[i]?.questions ?? []).map((id) => this.byId.get(id)!).filter(Boolean);
  }

  private visiblePages(): number[] {
    return this.data.pages.map((_, i) => i).filter((i) => this.pageQuestions(i).some((q) => this.visible.has(q.id)));
  }

  private isLastPage(): boolean {
    const vp = this.visiblePages();
    return vp.length === 0 || vp.indexOf(this.page) === vp.length - 1 || this.page >= (vp[vp.length - 1] ?? 0);
  }

  private showPage(i: number, focus = true): void {
    this.fillPage(i);
    this.page = i;
    this.pages.forEach((p, j) => (p.hidden = j !== i));
    this.updateNav();
    this.renderSummary();
    if (focus) {
      this.pages[i]?.focus();
      window.scrollTo(0, 0);
    }
  }

  private updateNav(): void {
    const vp = this.visiblePages();
    const pos = Math.max(0, vp.indexOf(this.page));
    const last = this.isLastPage();
    const set = (id: string, hidden: boolean) => {
      const el = $(id);
      if (el) el.hidden = hidden;
    };
    set('prev', pos === 0);
    set('next', last);
    set('submit', !last);
    set('intro', pos > 0);
    const bar = $<HTMLProgressElement>('progress-bar');
    if (bar) {
      bar.max = Math.max(1, vp.length);
      bar.value = pos + 1;
    }
    const text = $('progress-text');
    if (text) text.textContent = this.texts.ui('progress', { n: pos + 1, total: Math.max(1, vp.length) });
  }

  private next(): void {
    const found = this.check(this.pageQuestions(this.page));
    if (found.length) {
      this.say('alert', { key: 'pageErrors', params: { n: found.length } });
      this.focusProblem(found[0]);
      return;
    }
    this.say('alert', undefined);
    const out = screenOutAt(this.data, this.page, this.env(this.compute().answers));
    if (out) {
      this.outcome = { screenout: out.id };
      void this.submit();
      return;
    }
    const vp = this.visiblePages();
    const following = vp.find((i) => i > this.page);
    if (following !== undefined) this.showPage(following);
    this.persist();
  }

  private prev(): void {
    // Going back to change an answer: a screen-out found before is tested again on Next.
    this.outcome = {};
    const before = this.visiblePages().filter((i) => i < this.page);
    if (before.length) this.showPage(before[before.length - 1]);
    this.persist();
  }

  // ------------------------------------------------------------ delivering
  private responseText(): string {
    const { answers, calculated } = this.compute();
    const now = new Date();
    const response: Record<string, unknown> = { format: this.data.format, survey: this.data.id };
    if (this.data.version !== undefined) response.version = this.data.version;
    if (this.responseId) response.responseId = this.responseId;
    if (this.data.version !== undefined) response.formVersion = this.data.version;
    Object.assign(response, {
      language: this.texts.lang,
      startedAt: this.startedAt,
      submittedAt: now.toISOString(),
      durationSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(this.startedAt)) / 1000)),
      answers: this.data.rosters ? foldRosters(answers, this.data.rosters, this.env(answers)) : answers,
    });
    if ((this.data.hidden ?? []).length) response.hidden = this.preloaded.values;
    if ((this.data.calculations ?? []).length) response.calculated = calculated;
    if (this.data.flow?.record) {
      response.outcome = this.outcome.screenout ? 'screenout' : 'complete';
      if (this.outcome.screenout) response.screenout = this.outcome.screenout;
      if (this.outcome.end) response.end = this.outcome.end;
      if (Object.keys(this.flowOrder).length) response.order = this.flowOrder;
    }
    return JSON.stringify(response, null, 2);
  }

  private fileName(): string {
    return `${this.data.id}-response.json`;
  }

  private async submit(): Promise<void> {
    // One delivery at a time: Enter pressed again while a POST is in flight does nothing.
    if (this.sending) return;
    this.sending = true;
    const button = $<HTMLButtonElement>('submit');
    if (button) button.disabled = true;
    try {
      await this.deliver();
    } finally {
      this.sending = false;
      if (button) button.disabled = false;
    }
  }

  private async deliver(): Promise<void> {
    if (this.preloaded.problems.length) {
      this.renderLinkProblems();
      $('link-problem')?.focus();
      return;
    }
    // Every page is checked, so every page has its shells and controls (built in tasks after start, normally long done).
    this.pages.forEach((_, i) => this.fillPage(i));
    // A screened-out response is delivered as it stands: the questions after it were never asked.
    const all = this.outcome.screenout ? [] : this.data.pages.flatMap((_, i) => this.pageQuestions(i));
    if (!this.outcome.screenout) {
      const out = screenOutAt(this.data, this.data.pages.length - 1, this.env(this.compute().answers));
      if (out) this.outcome = { screenout: out.id };
    }
    const found = this.outcome.screenout ? [] : this.check(all);
    if (found.length) {
      const first = found[0];
      const q = this.data.questions.find((x) => x.id === first.slot || x.names.includes(first.slot));
      const page = this.data.pages.findIndex((p) => q && p.questions.includes(q.id));
      if (page >= 0 && page !== this.page) this.showPage(page, false);
      this.say('alert', {
        key: 'pageErrors',
        params: {
          n:
            found.filter((p) => this.pageQuestions(this.page).some((x) => x.id === p.slot || x.names.includes(p.slot))).length ||
            found.length,
        },
      });
      this.focusProblem(first);
      return;
    }
    if (!this.outcome.screenout) this.outcome.end = endScreen(this.data, this.env(this.compute().answers))?.id;
    this.pending = this.responseText();
    if (this.data.submitUrl) {
      this.say('alert', undefined);
      this.say('status', { key: 'sending' });
      const sent = await post(this.data.submitUrl, this.pending);
      if (!sent.ok) {
        // Nothing is lost: the answers stay in the form and in local storage. Say why it failed.
        this.say('status', undefined);
        this.say('alert', sent.status ? { key: 'sendRefused', params: { n: sent.status } } : { key: 'sendFailed' });
        const d = $('download');
        if (d) d.hidden = false;
        this.persist();
        return;
      }
      this.finish('sent');
    } else {
      // A download cannot be confirmed (blocked downloads, in-app browsers): keep the saved
      // answers and show them for copying until the respondent clears them.
      this.persist();
      download(this.fileName(), this.pending);
      this.finish('downloaded');
      const keep = $('keep');
      const box = $<HTMLTextAreaElement>('response-text');
      if (box) box.value = this.pending;
      if (keep) keep.hidden = false;
    }
  }

  private async copyResponse(): Promise<void> {
    const box = $<HTMLTextAreaElement>('response-text');
    try {
      await navigator.clipboard.writeText(this.pending);
      this.say('status', { key: 'copied' });
    } catch {
      box?.select();
      this.say('status', { key: 'copyFailed' });
    }
  }

  private forget(): void {
    clear(this.data.storageKey);
    const keep = $('keep');
    if (keep) keep.hidden = true;
    this.say('status', { key: 'forgotten' });
  }

  private finish(key: string): void {
    if (key === 'sent') clear(this.data.storageKey);
    this.form.hidden = true;
    for (const id of ['intro', 'progress-bar', 'progress-text', 'required-note', 'saved-note']) {
      const el = $(id);
      if (el) el.hidden = true;
    }
    this.say('alert', undefined);
    this.say('status', undefined);
    const done = $('done');
    const text = $('done-text');
    if (text) {
      text.dataset.ui = key;
      text.textContent = this.texts.ui(key);
    }
    this.showEnding(done, text);
    if (done) {
      done.hidden = false;
      done.focus();
    }
  }

  /** The screen-out's message or the end screen's text, above the delivery message (a survey text: it follows the language). */
  private showEnding(done: HTMLElement | null, before: HTMLElement | null): void {
    const key = this.outcome.screenout
      ? this.data.flow?.screenOuts?.find((x) => x.id === this.outcome.screenout)?.message
      : this.data.flow?.ends?.find((x) => x.id === this.outcome.end)?.text;
    if (!key || !done) return;
    let el = $('end-text');
    if (!el) {
      el = document.createElement('p');
      el.id = 'end-text';
      el.className = 'end-text';
      done.insertBefore(el, before);
    }
    el.dataset.t = key;
    this.texts.fill(el, this.texts.text(key));
    this.refresh();
  }

  // --------------------------------------------------------------- plumbing
  private say(where: 'status' | 'alert', m: Message): void {
    this[where] = m;
    const el = $(where);
    if (el) el.textContent = m ? this.texts.ui(m.key, m.params) : '';
  }

  private setLanguage(lang: string): void {
    this.texts.apply(lang);
    const sel = $<HTMLSelectElement>('lang');
    if (sel) sel.value = this.texts.lang;
    this.refresh();
    this.renderProblems();
    this.say('status', this.status);
    this.say('alert', this.alert);
    this.renderLinkProblems();
  }

  private persist(): void {
    const state: Saved = {
      v: 1,
      answers: this.allAnswers(),
      page: this.page,
      lang: this.texts.lang,
      startedAt: this.startedAt,
      order: this.order,
    };
    if (this.responseId) state.responseId = this.responseId;
    if (this.defaults.touched.size) state.touched = [...this.defaults.touched];
    showSaving(save(this.data.storageKey, state), this.texts);
  }
}

/** Each answer's and each scale's substantive range, from the codes on the page. */
function scaleRanges(questions: RuntimeQuestion[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const q of questions) {
    if (!q.scale || !q.codes) continue;
    const xs = q.codes.filter((c): c is number => typeof c === 'number' && !(q.missing ?? []).includes(c));
    if (!xs.length) continue;
    const r: [number, number] = [Math.min(...xs), Math.max(...xs)];
    out.set(q.scale, r);
    for (const n of q.names) out.set(n, r);
  }
  return out;
}
