// Pieces of one REDCap field: its choices (`1, Label | 2, Label`), its label without
// HTML, its text validation as our bounds and patterns, and its action tags.
import type { ImportedOption, ImportedQuestion } from '../ir.ts';
import { toCode } from '../names.ts';

/** `code, label | code, label`; a part without a comma is reported. */
export function parseChoices(s: string): { options: { raw: string; label: string }[]; bad: string[] } {
  const options: { raw: string; label: string }[] = [];
  const bad: string[] = [];
  for (const part of s
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const comma = part.indexOf(',');
    if (comma <= 0) bad.push(part);
    else options.push({ raw: part.slice(0, comma).trim(), label: part.slice(comma + 1).trim() });
  }
  return { options, bad };
}

export function toOptions(choices: { raw: string; label: string }[], lang: string): ImportedOption[] {
  return choices.map((c) => ({ code: toCode(c.raw), label: { [lang]: c.label } }));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** A label without HTML tags and entities; `html` tells whether any markup was removed. */
export function plainLabel(s: string): { text: string; html: boolean } {
  const stripped = s
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, e: string) => entities[e])
    .replace(/\s+/g, ' ')
    .trim();
  return { text: stripped, html: stripped !== s.replace(/\s+/g, ' ').trim() };
}

const patterns: Record<string, string> = {
  email: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
  zipcode: '^[0-9]{5}(-[0-9]{4})?$',
  alpha_only: '^[A-Za-z]+$',
};

/**
 * A text field's validation applied to a question: numbers and dates with their
 * bounds, a few validations as patterns. Returns why something could not be mapped.
 */
export function applyValidation(q: ImportedQuestion, validation: string, min: string, max: string): string[] {
  const why: string[] = [];
  const v = validation.toLowerCase();
  const bound = (s: string, kind: 'number' | 'date', side: 'min' | 'max') => {
    if (!s) return;
    if (kind === 'number' && /^-?\d+(\.\d+)?$/.test(s)) q[side] = Number(s);
    else if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(s)) q[side] = s;
    else why.push(`validation ${side} '${s}' not imported (not a fixed ${kind})`);
  };
  if (v === 'integer' || v === 'number' || /^number_\d+dp(_comma_decimal)?$/.test(v) || v === 'number_comma_decimal') {
    q.kind = 'number';
    if (v === 'integer') q.integer = true;
    bound(min, 'number', 'min');
    bound(max, 'number', 'max');
  } else if (/^date_(ymd|mdy|dmy)$/.test(v) || /^datetime(_seconds)?_(ymd|mdy|dmy)$/.test(v)) {
    q.kind = 'date';
    if (v.startsWith('datetime')) why.push(`validation ${v} imported as a date (the time of day is not kept)`);
    bound(min.slice(0, 10), 'date', 'min');
    bound(max.slice(0, 10), 'date', 'max');
  } else if (patterns[v]) q.pattern = patterns[v];
  else if (v) why.push(`text validation '${v}' not imported: no equivalent`);
  return why;
}

/** Action tags in a Field Annotation: `@NAME` or `@NAME='value'` / `@NAME="value"` / `@NAME=value`. */
export function actionTags(annotation: string): { name: string; value?: string }[] {
  const out: { name: string; value?: string }[] = [];
  for (const m of annotation.matchAll(/@([A-Z][A-Z0-9_-]*)(?:\s*=\s*(?:'([^']*)'|"([^"]*)"|([^\s]+)))?/g))
    out.push({ name: m[1], value: m[2] ?? m[3] ?? m[4] });
  return out;
}
