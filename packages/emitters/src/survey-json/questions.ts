// Sections and questions of the compiled survey JSON. A named choice list is referred
// to by id (`choices`); inline options are written out (`options`).
import type { Binding, Question, Section, Survey } from '@survey/compiler';
import { compact } from '../common/json.ts';
import { ordered } from '../common/texts.ts';
import { exprToJson } from '../common/expr.ts';
import { optionsJson } from './resources.ts';
import { uploadJson } from './answer-types.ts';

export function sectionJson(section: Section, survey: Survey, binding: Binding) {
  const L = survey.languages;
  return compact({
    id: section.id,
    implicit: section.implicit || undefined,
    title: ordered(section.title, L),
    points: section.points,
    weight: section.weight,
    questionLimit: section.questionLimit,
    when: section.when ? exprToJson(section.when, binding) : undefined,
    questions: section.questions.map((q) => questionJson(q, survey, binding)),
  });
}

function questionJson(q: Question, survey: Survey, binding: Binding) {
  const L = survey.languages;
  const list = q.choices;
  return compact({
    id: q.id,
    number: q.number,
    kind: q.kind,
    text: ordered(q.text, L) ?? {},
    help: ordered(q.help, L),
    required: q.required,
    scale: q.scale?.id,
    choices: list && !list.inline ? list.id : undefined,
    options: list?.inline ? optionsJson(list, survey, list.node === q.node ? binding : undefined) : undefined,
    carryForward: q.carry ? { from: q.carry.source, selected: q.carry.selected } : undefined,
    rows: q.rows.length
      ? q.rows.map((r) =>
          compact({ id: r.id, text: ordered(r.text, L) ?? {}, reverse: r.reverse || undefined, tags: r.tags.length ? r.tags : undefined }),
        )
      : undefined,
    min: q.min,
    max: q.max,
    pattern: q.pattern,
    format: q.format,
    slider: q.slider || undefined,
    ...uploadJson(q),
    unit: ordered(q.unit, L),
    integer: q.integer || undefined,
    tags: q.tags.length ? q.tags : undefined,
    reverse: q.reverse || undefined,
    randomize: q.randomize || undefined,
    when: q.when ? exprToJson(q.when, binding) : undefined,
    default: q.default ? exprToJson(q.default, binding) : undefined,
    pipes: q.pipes.length ? q.pipes : undefined,
    roster: q.roster?.id,
  });
}
