// The schema of each answer property, by question kind.
import { textFormats, type Question, type Row, type Survey } from '@survey/compiler';
import { compact } from '../common/json.ts';
import { textIn } from '../common/texts.ts';
import { specifyName } from '../common/names.ts';
import { listRef, scaleRef, YESNO_REF } from './defs.ts';
import { selectionBounds } from '../common/selection.ts';
import { answerTypeSchema } from './answer-types.ts';

type Schema = Record<string, unknown>;

const num = (v: number | string | undefined) => (typeof v === 'number' ? v : undefined);

/** A pattern matches the whole answer, as in an HTML form. */
export function anchoredPattern(pattern: string): string {
  return `^(?:${pattern})$`;
}

export function questionProperties(q: Question, survey: Survey): Array<[string, Schema]> {
  const t = (x: Parameters<typeof textIn>[0]) => textIn(x, survey.defaultLanguage, survey);
  const head = compact({ title: t(q.text), description: q.help ? t(q.help) : undefined });
  const out: Array<[string, Schema]> = [];
  switch (q.kind) {
    case 'matrix':
      for (const r of q.rows) out.push([r.id, rowSchema(r, q, survey)]);
      return out;
    case 'rating':
    case 'nps':
      out.push([q.id, { ...head, $ref: scaleRef(q.scale!) }]);
      break;
    case 'yesno':
      out.push([q.id, { ...head, $ref: YESNO_REF }]);
      break;
    case 'single':
      out.push([q.id, { ...head, $ref: listRef(q.choices!) }]);
      break;
    case 'multi':
    case 'ranking':
      out.push([q.id, setSchema(q, head)]);
      break;
    case 'file':
    case 'geopoint':
    case 'signature':
      out.push([q.id, { ...head, ...answerTypeSchema(q) }]);
      break;
    case 'text': {
      // `as email` …: the form's pattern (and a JSON Schema format where one applies).
      const form = q.format ? textFormats[q.format] : undefined;
      const patterns = [form?.pattern, q.pattern].filter((p): p is string => p !== undefined).map(anchoredPattern);
      out.push([
        q.id,
        compact({
          ...head,
          type: 'string',
          format: form?.schemaFormat,
          minLength: Math.max(1, num(q.min) ?? 1),
          maxLength: num(q.max),
          pattern: patterns[0],
          allOf: patterns.length > 1 ? [{ pattern: patterns[1] }] : undefined,
        }),
      ]);
      break;
    }
    case 'number':
      out.push([q.id, compact({ ...head, type: q.integer ? 'integer' : 'number', minimum: num(q.min), maximum: num(q.max) })]);
      break;
    case 'date': {
      const range = [q.min !== undefined ? `from ${q.min}` : '', q.max !== undefined ? `to ${q.max}` : ''].filter(Boolean).join(' ');
      // JSON Schema cannot bound a date; the range is stated and the form enforces it.
      out.push([q.id, compact({ ...head, type: 'string', format: 'date', $comment: range ? `allowed dates: ${range}` : undefined })]);
      break;
    }
  }
  for (const o of q.choices?.options ?? []) {
    if (o.specify) out.push([specifyName(q.id, o.code), { title: `${t(q.text)} — ${t(o.label)}`, type: 'string', minLength: 1 }]);
  }
  return out;
}

function rowSchema(r: Row, q: Question, survey: Survey): Schema {
  return {
    title: textIn(r.text, survey.defaultLanguage, survey),
    description: textIn(q.text, survey.defaultLanguage, survey),
    $ref: scaleRef(q.scale!),
  };
}

/** Multi: a set of codes, at least one, within min/max, an exclusive option alone. Ranking: codes in rank order. */
function setSchema(q: Question, head: Schema): Schema {
  const options = q.choices?.options ?? [];
  const exclusive = options.filter((o) => o.exclusive).map((o) => o.code);
  const ranking = q.kind === 'ranking';
  const s: Schema = compact({ ...head, type: 'array', items: { $ref: listRef(q.choices!) }, uniqueItems: true, ...selectionBounds(q) });
  if (exclusive.length && !ranking) Object.assign(s, { if: { contains: { enum: exclusive } }, then: { maxItems: 1 } });
  return s;
}
