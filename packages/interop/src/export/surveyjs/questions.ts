// One SurveyJS element per question: single → radiogroup, multi → checkbox,
// ranking → ranking, rating/nps → rating with rateValues, matrix → matrix,
// text/number/date → text (inputType), yesno → boolean. `specify` options get a
// comment area, `exclusive` ones are exclusive, bounds become validators.
import { pointLabel, type OptionDoc, type QuestionDoc, type RosterDoc, type SurveyIndex } from '../../model.ts';
import { printCondition } from '../condition.ts';
import { Unmappable, type Notes } from '../notes.ts';
import { surveyJsDialect } from './condition.ts';
import { localized } from './texts.ts';
import { surveyjsAnswerType, surveyjsImagePicker } from '../answer-types.ts';

type Json = Record<string, unknown>;

/** Where an element is written: inside which repeat groups (dynamic panels), and which calculated values exist. */
export interface SjContext {
  open: readonly RosterDoc[];
  calcs: ReadonlySet<string>;
}
const outside: SjContext = { open: [], calcs: new Set() };

export function questionElement(q: QuestionDoc, ix: SurveyIndex, notes: Notes, ctx: SjContext = outside): Json {
  const el: Json = { type: '', name: q.id, title: localized(q.text, ix) };
  if (q.help) el.description = localized(q.help, ix);
  if (q.required) el.isRequired = true;
  if (q.when) el.visibleIf = condition(q.when, q.id, ix, notes, ctx);
  Object.assign(el, body(q, ix, notes, ctx), defaultOf(q, ix, notes, ctx));
  if (q.carryForward || ix.options(q).some((o) => o.when)) el.hideIfChoicesEmpty = true;
  if (q.unit) notes.add(q.id, 'SurveyJS has no unit after a field; the unit is not exported.');
  return el;
}

export function condition(
  e: QuestionDoc['when'] & object,
  element: string,
  ix: SurveyIndex,
  notes: Notes,
  ctx: SjContext = outside,
): string | undefined {
  try {
    return printCondition(e, ix, surveyJsDialect(ix, ctx.open, ctx.calcs));
  } catch (err) {
    if (!(err instanceof Unmappable)) throw err;
    notes.add(element, `condition not exported: ${err.message}`);
    return undefined;
  }
}

function choices(options: OptionDoc[], ix: SurveyIndex, q?: QuestionDoc, notes?: Notes, ctx?: SjContext): Json[] {
  return options.map((o) => {
    const c: Json = { value: o.code, text: localized(o.label, ix) };
    if (o.specify) c.showCommentArea = true;
    if (o.exclusive) c.isExclusive = true;
    // A choice filter is a choice's visibleIf.
    if (o.when && q && notes) {
      const visibleIf = condition(o.when, `${q.id}.${o.code}`, ix, notes, ctx);
      if (visibleIf) c.visibleIf = visibleIf;
    }
    return c;
  });
}

/** Carry-forward: SurveyJS takes the choices selected (or unselected) in another question. */
function carried(q: QuestionDoc): Json {
  if (!q.carryForward) return {};
  return {
    choicesFromQuestion: q.carryForward.from,
    choicesFromQuestionMode: q.carryForward.selected ? 'selected' : 'unselected',
  };
}

/** A default value, or a default expression over earlier answers. */
function defaultOf(q: QuestionDoc, ix: SurveyIndex, notes: Notes, ctx: SjContext): Json {
  const d = q.default;
  if (!d) return {};
  if (d.type === 'number' || d.type === 'string' || d.type === 'code')
    return { defaultValue: q.kind === 'multi' ? [d.value] : q.kind === 'yesno' ? d.value === 'yes' : d.value };
  const expression = condition(d, q.id, ix, notes, ctx);
  return expression ? { defaultValueExpression: expression } : {};
}

function randomOrder(q: QuestionDoc, options: OptionDoc[], notes: Notes): Json {
  if (!q.randomize) return {};
  if (options.some((o) => o.fixed)) notes.add(q.id, 'SurveyJS randomises every choice; `fixed` options are not kept in place.');
  return { choicesOrder: 'random' };
}

function body(q: QuestionDoc, ix: SurveyIndex, notes: Notes, ctx: SjContext): Json {
  switch (q.kind) {
    case 'single': {
      const o = ix.options(q);
      const picker =
        q.carryForward || !o.some((x) => x.image) ? undefined : surveyjsImagePicker(q, o, choices(o, ix, q, notes, ctx), notes);
      if (picker) return { ...picker, ...randomOrder(q, o, notes) };
      return q.carryForward
        ? { type: 'radiogroup', ...carried(q), ...randomOrder(q, o, notes) }
        : { type: 'radiogroup', choices: choices(o, ix, q, notes, ctx), ...randomOrder(q, o, notes) };
    }
    case 'multi': {
      const o = ix.options(q);
      const picker =
        q.carryForward || !o.some((x) => x.image) ? undefined : surveyjsImagePicker(q, o, choices(o, ix, q, notes, ctx), notes);
      if (picker) return { ...picker, ...randomOrder(q, o, notes) };
      return {
        type: 'checkbox',
        ...(q.carryForward ? carried(q) : { choices: choices(o, ix, q, notes, ctx) }),
        ...randomOrder(q, o, notes),
        ...(typeof q.min === 'number' && q.min >= 1 ? { minSelectedChoices: q.min } : {}),
        ...(typeof q.max === 'number' ? { maxSelectedChoices: q.max } : {}),
      };
    }
    case 'ranking': {
      const o = ix.options(q);
      const limited = typeof q.max === 'number' && q.max < o.length;
      return {
        type: 'ranking',
        ...(q.carryForward ? carried(q) : { choices: choices(o, ix, q, notes, ctx) }),
        ...randomOrder(q, o, notes),
        ...(limited ? { selectToRankEnabled: true, maxSelectedChoices: q.max } : {}),
        ...(typeof q.min === 'number' && limited ? { minSelectedChoices: q.min } : {}),
      };
    }
    case 'rating':
    case 'nps': {
      const s = ix.scale(q)!;
      const labelled = s.points.some((p) => p.label && !p.missing);
      return {
        type: 'rating',
        rateValues: s.points.map((p) =>
          labelled || p.missing ? { value: p.value, text: localized(pointLabel(p, ix.doc.languages), ix) } : p.value,
        ),
      };
    }
    case 'matrix': {
      const s = ix.scale(q)!;
      if (q.rows?.some((r) => r.reverse)) notes.add(q.id, 'SurveyJS has no reverse-coded rows; `reverse` is not exported.');
      return {
        type: 'matrix',
        columns: s.points.map((p) => ({ value: p.value, text: localized(pointLabel(p, ix.doc.languages), ix) })),
        rows: (q.rows ?? []).map((r) => ({ value: r.id, text: localized(r.text, ix) })),
        ...(q.required ? { eachRowRequired: true } : {}),
        ...(q.randomize ? { rowOrder: 'random' } : {}),
      };
    }
    case 'yesno':
      return {
        type: 'boolean',
        valueTrue: 'yes',
        valueFalse: 'no',
        labelTrue: localized(ix.options(q)[0].label, ix),
        labelFalse: localized(ix.options(q)[1].label, ix),
      };
    case 'text': {
      const validators: Json[] = [];
      if (q.min !== undefined || q.max !== undefined)
        validators.push({
          type: 'text',
          ...(q.min !== undefined ? { minLength: q.min } : {}),
          ...(q.max !== undefined ? { maxLength: q.max } : {}),
        });
      if (q.pattern) validators.push({ type: 'regex', regex: q.pattern });
      // `as email` …: SurveyJS's input type (and its e-mail validator).
      const inputType = q.format
        ? { email: 'email', phone: 'tel', url: 'url', time: 'time', datetime: 'datetime-local' }[q.format]
        : undefined;
      if (q.format === 'email') validators.push({ type: 'email' });
      return {
        type: typeof q.max === 'number' && q.max > 200 && !inputType ? 'comment' : 'text',
        ...(inputType ? { inputType } : {}),
        ...(typeof q.max === 'number' ? { maxLength: q.max } : {}),
        ...(validators.length ? { validators } : {}),
      };
    }
    case 'number': {
      const validators: Json[] = [
        { type: 'numeric', ...(q.min !== undefined ? { minValue: q.min } : {}), ...(q.max !== undefined ? { maxValue: q.max } : {}) },
      ];
      if (q.integer) validators.push({ type: 'regex', regex: '^-?\\d+$' });
      return {
        type: 'text',
        inputType: 'number',
        ...(q.min !== undefined ? { min: q.min } : {}),
        ...(q.max !== undefined ? { max: q.max } : {}),
        ...(q.integer ? { step: 1 } : {}),
        validators,
      };
    }
    case 'file':
    case 'geopoint':
    case 'signature':
      return surveyjsAnswerType(q, notes)!;
    case 'date':
      return {
        type: 'text',
        inputType: 'date',
        ...(q.min !== undefined ? { min: q.min } : {}),
        ...(q.max !== undefined ? { max: q.max } : {}),
      };
  }
}
