// Analysis variables: one per answer (`source: "answer"`), with its measurement
// type, value labels in every language and missing codes; a multi-select question
// also gets one 0/1 indicator per option, and an option with `specify` a text
// variable. Hidden variables follow (`source: "hidden"`), read from the response's
// `hidden` object.
import type { Binding, HiddenVariable, Question, Row, Scale, Survey } from '@survey/compiler';
import { compact } from '../common/json.ts';
import { ordered, yesNoLabel } from '../common/texts.ts';
import { indicatorName, specifyName } from '../common/names.ts';
import { scaleGrid, missingCodes } from '../common/scale-grid.ts';
import { showCondition } from '../common/visibility.ts';
import { optionFilters } from '../common/option-filters.ts';

const measure: Record<Question['kind'], string> = {
  single: 'nominal',
  multi: 'multi-response',
  rating: 'ordinal',
  matrix: 'ordinal',
  nps: 'ordinal',
  ranking: 'ranking',
  text: 'text',
  number: 'numeric',
  date: 'date',
  yesno: 'binary',
  // Not analysed numerically: the analysis counts who answered them.
  file: 'file',
  geopoint: 'geopoint',
  signature: 'signature',
};

function scaleFacts(scale: Scale | undefined, survey: Survey) {
  if (!scale) return {};
  return {
    scale: scale.id,
    range: [scale.min, scale.max],
    direction: scale.descending ? 'descending' : 'ascending',
    valueLabels: scaleGrid(scale)
      .filter((p) => p.label || p.missing)
      .map((p) => compact({ value: p.value, label: ordered(p.label, survey.languages), missing: p.missing || undefined })),
    missingCodes: missingCodes(scale),
  };
}

function choiceFacts(q: Question, survey: Survey, binding: Binding) {
  if (q.kind === 'yesno')
    return { valueLabels: (['yes', 'no'] as const).map((c) => ({ value: c, label: yesNoLabel(c, survey.languages) })) };
  if (!q.choices) return {};
  const filters = new Map(optionFilters(q, survey, binding).map((f) => [f.code, f.when]));
  return {
    choices: q.choices.inline ? undefined : q.choices.id,
    valueLabels: q.choices.options.map((o) =>
      compact({
        value: o.code,
        label: ordered(o.label, survey.languages),
        exclusive: o.exclusive || undefined,
        offeredWhen: filters.get(o.code),
      }),
    ),
  };
}

export function variablesOf(survey: Survey, binding: Binding) {
  const out: object[] = [];
  for (const q of survey.questions) {
    const common = {
      source: 'answer',
      question: q.id,
      section: q.section.id,
      shownWhen: showCondition(q, binding),
      required: q.required,
      // A repeat group's question: a column of that group's long table (rosters.ts), one value per instance.
      ...(q.roster ? { roster: q.roster.id } : {}),
    };
    if (q.kind === 'matrix') {
      for (const r of q.rows) out.push(rowVariable(r, q, survey, common));
      continue;
    }
    out.push(
      compact({
        name: q.id,
        ...common,
        type: measure[q.kind],
        label: ordered(q.text, survey.languages),
        ...scaleFacts(q.scale, survey),
        ...choiceFacts(q, survey, binding),
        bounds: q.kind === 'number' || q.kind === 'date' ? compact({ min: q.min, max: q.max }) : undefined,
        integer: q.kind === 'number' ? q.integer : undefined,
        unit: ordered(q.unit, survey.languages),
        reverse: q.reverse || undefined,
        tags: q.tags.length ? q.tags : undefined,
        indicators: q.kind === 'multi' ? q.choices?.options.map((o) => indicatorName(q.id, o.code)) : undefined,
      }),
    );
    if (q.kind === 'multi') {
      for (const o of q.choices?.options ?? []) {
        out.push({
          name: indicatorName(q.id, o.code),
          source: 'answer',
          parent: q.id,
          code: o.code,
          type: 'binary',
          label: ordered(o.label, survey.languages),
          values: [0, 1],
          ...(q.roster ? { roster: q.roster.id } : {}),
        });
      }
    }
    for (const o of q.choices?.options ?? []) {
      if (o.specify)
        out.push({
          name: specifyName(q.id, o.code),
          source: 'answer',
          parent: q.id,
          code: o.code,
          type: 'text',
          label: ordered(o.label, survey.languages),
          ...(q.roster ? { roster: q.roster.id } : {}),
          shownWhen: {
            type: 'binary',
            op: q.kind === 'single' ? '==' : 'has',
            left: { type: 'var', name: q.id },
            right: typeof o.code === 'number' ? { type: 'number', value: o.code } : { type: 'code', value: o.code },
          },
        });
    }
  }
  for (const h of survey.hidden.values()) out.push(hiddenVariable(h, survey));
  return out;
}

const hiddenMeasure: Record<HiddenVariable['type'], string> = { code: 'nominal', text: 'text', number: 'numeric', date: 'date' };

function hiddenVariable(h: HiddenVariable, survey: Survey) {
  return compact({
    name: h.id,
    source: 'hidden',
    required: h.required,
    type: hiddenMeasure[h.type],
    label: ordered(h.label, survey.languages),
    choices: h.choices?.id,
    valueLabels: h.choices?.options.map((o) => ({ value: o.code, label: ordered(o.label, survey.languages) })),
  });
}

function rowVariable(r: Row, q: Question, survey: Survey, common: object) {
  return compact({
    name: r.id,
    ...common,
    type: 'ordinal',
    label: ordered(r.text, survey.languages),
    group: q.id,
    ...scaleFacts(q.scale, survey),
    reverse: r.reverse || undefined,
    tags: r.tags.length ? r.tags : q.tags.length ? q.tags : undefined,
  });
}

/** Grids (matrices) and multi-select questions as groups of variables. */
export function groupsOf(survey: Survey) {
  return survey.questions
    .filter((q) => q.kind === 'matrix' || q.kind === 'multi')
    .map((q) =>
      compact({
        id: q.id,
        kind: q.kind,
        label: ordered(q.text, survey.languages),
        scale: q.kind === 'matrix' ? q.scale?.id : undefined,
        items: q.kind === 'matrix' ? q.rows.map((r) => r.id) : (q.choices?.options ?? []).map((o) => indicatorName(q.id, o.code)),
        reversed: q.kind === 'matrix' && q.rows.some((r) => r.reverse) ? q.rows.filter((r) => r.reverse).map((r) => r.id) : undefined,
      }),
    );
}
