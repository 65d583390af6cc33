// The response schema's rules, checked in the page so the respondent sees them:
// required, lengths, pattern, number and date bounds, selections, exclusive options,
// specify texts, complete and gap-free rankings.
import type { RuntimeQuestion } from './data.ts';
import { chosen, specifyKey, type Answers } from './controls.ts';

export interface Problem {
  /** The error slot: a question id, or a row id in a matrix. */
  slot: string;
  key: string;
  params?: Record<string, string | number>;
  /** A survey text (a check's own message) instead of an interface text. */
  text?: string;
}

export interface Extra {
  badInput: boolean;
  ranks: Array<{ code: string | number; rank: number }>;
  label(code: string | number): string;
}

const codePoints = (s: string) => Array.from(s).length;

function validDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The message of a text form: formatEmail, formatPhone, formatUrl, formatTime, formatDatetime. */
const formatKey = (name: string) => 'format' + name.charAt(0).toUpperCase() + name.slice(1);

export function validate(q: RuntimeQuestion, a: Answers, x: Extra): Problem[] {
  const p = (key: string, params?: Problem['params'], slot = q.id): Problem => ({ slot, key, params });
  if (q.kind === 'matrix') return q.required ? q.names.filter((n) => a[n] === undefined).map((n) => p('required', undefined, n)) : [];
  if (q.kind === 'ranking') {
    const ranked = x.ranks.filter((r) => r.rank > 0).map((r) => r.rank);
    if (new Set(ranked).size !== ranked.length) return [p('rankDuplicate')];
    if (ranked.length && Math.max(...ranked) !== ranked.length) return [p('rankGap')];
  }
  const v = a[q.id];
  if (v === undefined) {
    if (x.badInput) return [p(q.format ? formatKey(q.format.name) : q.kind === 'date' ? 'dateInvalid' : 'notNumber')];
    return q.required ? [p('required')] : [];
  }
  const out: Problem[] = [];
  if (typeof v === 'string' && q.kind === 'text') {
    if (typeof q.min === 'number' && codePoints(v) < q.min) out.push(p('tooShort', { n: q.min }));
    if (typeof q.max === 'number' && codePoints(v) > q.max) out.push(p('tooLong', { n: q.max }));
    if (q.format && !new RegExp(q.format.pattern, 'u').test(v)) out.push(p(formatKey(q.format.name)));
    else if (q.pattern !== undefined && !new RegExp(q.pattern, 'u').test(v)) out.push(p('pattern'));
  }
  if (typeof v === 'number' && q.kind === 'number') {
    if (q.integer && !Number.isInteger(v)) out.push(p('notInteger'));
    if (typeof q.min === 'number' && v < q.min) out.push(p('min', { n: q.min }));
    if (typeof q.max === 'number' && v > q.max) out.push(p('max', { n: q.max }));
  }
  if (typeof v === 'string' && q.kind === 'date') {
    if (!validDate(v)) out.push(p('dateInvalid'));
    else if (typeof q.min === 'string' && v < q.min) out.push(p('dateMin', { n: q.min }));
    else if (typeof q.max === 'string' && v > q.max) out.push(p('dateMax', { n: q.max }));
  }
  if (Array.isArray(v)) {
    const lo = q.minItems ?? 1;
    const hi = q.maxItems;
    if (q.kind === 'ranking' && (v.length < lo || (hi !== undefined && v.length > hi)))
      out.push(lo === hi ? p('rankCount', { n: lo }) : p('rankRange', { n: lo, total: hi ?? lo }));
    else if (v.length < lo) out.push(p('minSelected', { n: lo }));
    else if (hi !== undefined && v.length > hi) out.push(p('maxSelected', { n: hi }));
    const excl = (q.exclusive ?? []).find((c) => v.includes(c));
    if (excl !== undefined && v.length > 1) out.push(p('exclusive', { label: x.label(excl) }));
  }
  for (const code of q.specify ?? []) {
    if (chosen(q, a, code) && a[specifyKey(q, code)] === undefined) out.push(p('specify', { label: x.label(code) }));
  }
  return out;
}
