// Builds responses the way a respondent would: in question order, answering what is
// shown (per the runtime's own condition semantics), in two styles so both branches
// of most conditions are taken: 'low' picks first options and scale minimums, 'high'
// last options (other-specify included) and maximums.
import { rosterBound, type Binding, type Question, type Roster, type Survey } from '@survey/compiler';
import { truth } from '../../src/html/runtime/evaluate.ts';
import type { Value } from '../../src/html/runtime/evaluate.ts';
import { showCondition } from '../../src/common/visibility.ts';
import { optionFilters } from '../../src/common/option-filters.ts';
import { scaleGrid, missingCodes } from '../../src/common/scale-grid.ts';
import { selectionBounds } from '../../src/common/selection.ts';
import { specifyName, RESPONSE_FORMAT } from '../../src/common/names.ts';

export type Style = 'low' | 'high';

/** Answers of each form of text (`as email` …), a short and a long one. */
const formSamples: Record<string, [string, string]> = {
  email: ['li@example.cn', 'wang.fang+survey@mail.example.org'],
  phone: ['13800138000', '+86 (10) 6552-9988'],
  url: ['https://example.cn', 'http://www.example.org/about?lang=zh'],
  time: ['09:30', '23:59:59'],
  datetime: ['2026-03-01T09:30', '2026-12-31T23:59'],
};
export type Answers = Record<string, Value>;

function answer(q: Question, style: Style, out: Answers, offered: (code: string | number) => boolean): void {
  const hi = style === 'high';
  const options = (q.choices?.options ?? []).filter((o) => offered(o.code));
  const scalar = q.scale
    ? scaleGrid(q.scale)
        .filter((p) => !p.missing)
        .map((p) => p.value)
    : [];
  switch (q.kind) {
    case 'rating':
    case 'nps':
      out[q.id] = hi ? scalar[scalar.length - 1] : scalar[0];
      return;
    case 'matrix':
      q.rows.forEach((r, i) => (out[r.id] = (i % 2 === 0) === hi ? scalar[scalar.length - 1] : scalar[0]));
      return;
    case 'yesno':
      out[q.id] = hi ? 'no' : 'yes';
      return;
    case 'single': {
      const o = hi ? options[options.length - 1] : options[0];
      out[q.id] = o.code;
      if (o.specify) out[specifyName(q.id, o.code)] = 'written in';
      return;
    }
    case 'multi': {
      const { minItems, maxItems } = selectionBounds(q);
      const pool = options.filter((o) => !o.exclusive);
      const picked = hi ? pool.slice(-Math.max(minItems, Math.min(2, maxItems ?? 2))) : pool.slice(0, minItems);
      out[q.id] = options.filter((o) => picked.includes(o)).map((o) => o.code);
      for (const o of picked) if (o.specify) out[specifyName(q.id, o.code)] = 'written in';
      return;
    }
    case 'ranking': {
      const { minItems } = selectionBounds(q);
      const picked = (hi ? [...options].reverse() : options).slice(0, minItems);
      out[q.id] = picked.map((o) => o.code);
      for (const o of picked) if (o.specify) out[specifyName(q.id, o.code)] = 'written in';
      return;
    }
    case 'text':
      if (q.format) out[q.id] = formSamples[q.format][hi ? 1 : 0];
      else if (q.pattern !== undefined) out[q.id] = patterned(q.pattern);
      else out[q.id] = hi ? 'A fuller answer, 多语言 ✓' : 'ok';
      return;
    case 'number':
      out[q.id] = hi ? (typeof q.max === 'number' ? q.max : 10) : typeof q.min === 'number' ? q.min : 0;
      return;
    case 'date':
      out[q.id] = hi ? (typeof q.max === 'string' ? q.max : '2025-12-31') : typeof q.min === 'string' ? q.min : '2024-01-01';
      return;
    case 'file':
    case 'geopoint':
    case 'signature':
      out[q.id] = answerTypeSample(q, hi) as unknown as Value;
  }
}

/** A 1×1 PNG, for file and signature answers. */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** A file (a PNG photo, or a PDF under `.pdf`), a location in Shanghai or Nairobi, a signature. */
function answerTypeSample(q: Question, hi: boolean): unknown {
  if (q.kind === 'geopoint')
    return hi ? { lat: -1.2921, lon: 36.8219, source: 'manual' } : { lat: 31.2304, lon: 121.4737, accuracy: 12.5, source: 'device' };
  if (q.kind === 'signature') return PNG_DATA_URL;
  // The PDF only where the question accepts one.
  const accept = q.upload?.accept ?? [];
  const pdf = !accept.length || accept.some((a) => a === '.pdf' || a === 'application/pdf' || a === 'application/*');
  return hi && pdf
    ? { name: '收据.pdf', type: 'application/pdf', size: 4, content: 'data:application/pdf;base64,JVBERg==' }
    : { name: 'shop-front.png', type: 'image/png', size: 70, content: PNG_DATA_URL };
}

/** Hidden (preloaded) values a form link could carry: first codes and low values, or last codes and high ones. */
export function hiddenValues(survey: Survey, style: Style): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const hi = style === 'high';
  for (const h of survey.hidden.values()) {
    const codes = h.choices?.options.map((o) => o.code) ?? [];
    if (h.type === 'code') out[h.id] = hi ? codes[codes.length - 1] : codes[0];
    else if (h.type === 'number') out[h.id] = hi ? 4 : 1;
    else if (h.type === 'date') out[h.id] = hi ? '2025-12-31' : '2025-01-01';
    else out[h.id] = hi ? 'C-9999' : 'C-0001';
  }
  return out;
}

/** Answers of shown questions, and which questions were hidden. */
export function respond(survey: Survey, binding: Binding, style: Style): { answers: Answers; hidden: Question[] } {
  const answers: Answers = {};
  const preloaded = hiddenValues(survey, style);
  const hidden: Question[] = [];
  const missing = new Map<string, number[]>();
  for (const q of survey.questions)
    for (const n of q.kind === 'matrix' ? q.rows.map((r) => r.id) : [q.id]) missing.set(n, missingCodes(q.scale));
  const envOf = (scope: Answers) => ({
    value: (n: string) => scope[n] ?? answers[n],
    missing: (n: string) => missing.get(n) ?? [],
    hidden: (n: string) => preloaded[n],
  });
  const ask = (q: Question, scope: Answers) => {
    const env = envOf(scope);
    const when = showCondition(q, binding);
    // Options under a choice filter or carried forward are offered as the form offers them;
    // a question with none offered is not asked.
    const off = new Set(optionFilters(q, survey, binding).flatMap((f) => (truth(f.when, env) ? [] : [f.code])));
    const offered = (code: string | number) => !off.has(code);
    if ((when && !truth(when, env)) || q.choices?.options.every((o) => !offered(o.code))) hidden.push(q);
    else answer(q, style, scope, offered);
  };
  // A repeat group: an array of instances (as many as its count says), each answered in question order.
  const instances = (r: Roster, outer: Answers): Answers[] => {
    const seen = (n: string) => outer[n] ?? answers[n];
    const options = r.count.kind === 'each' ? ((seen(r.count.source) as Array<string | number> | undefined) ?? []) : [];
    const n = r.count.kind === 'fixed' ? r.count.n : r.count.kind === 'answer' ? Number(seen(r.count.source) ?? 0) : options.length;
    const out: Answers[] = [];
    for (let i = 0; i < Math.min(n, rosterBound(r, survey) ?? n); i++) {
      const instance: Answers = { ...outer, ...(r.count.kind === 'each' ? { _option: options[i] } : {}) };
      const members = [
        ...r.questions.map((q) => ({ at: q.node.range.start, q })),
        ...r.rosters.map((c) => ({ at: c.node.range.start, c })),
      ].sort((a, b) => a.at - b.at);
      for (const m of members) {
        if ('q' in m) ask(m.q, instance);
        else instance[m.c.id] = instances(m.c, instance) as unknown as Value;
      }
      // Keep only the instance's own answers (and its own option).
      for (const k of Object.keys(outer)) if (instance[k] === outer[k] && !(k === '_option' && r.count.kind === 'each')) delete instance[k];
      out.push(instance);
    }
    return out;
  };
  for (const q of survey.questions) {
    if (q.roster) {
      let top = q.roster;
      while (top.parent) top = top.parent;
      if (answers[top.id] === undefined) answers[top.id] = instances(top, {}) as unknown as Value;
      continue;
    }
    ask(q, answers);
  }
  return { answers, hidden };
}

export function envelope(survey: Survey, answers: Answers, style: Style = 'low'): Record<string, unknown> {
  const hidden = hiddenValues(survey, style);
  return {
    format: RESPONSE_FORMAT,
    survey: survey.id,
    ...(survey.version !== undefined ? { version: survey.version } : {}),
    language: survey.defaultLanguage,
    startedAt: '2025-03-01T09:00:00.000Z',
    submittedAt: '2025-03-01T09:04:30.000Z',
    durationSeconds: 270,
    answers,
    ...(Object.keys(hidden).length ? { hidden } : {}),
  };
}

/** A typical answer the pattern accepts: an e-mail address, a phone number, digits or a URL. */
function patterned(pattern: string): string {
  const re = new RegExp(`^(?:${pattern})$`, 'u');
  const candidates = ['someone@example.org', '+86 138 0000 0000', '123456', 'https://example.org', 'ok'];
  return candidates.find((c) => re.test(c)) ?? candidates[0];
}
