// When a question is asked: its `when` (and its section's) and, when every one of its
// options has a choice filter (or is carried forward), "some option is offered" — the
// form skips a question none of whose options is offered. Used by the response schema
// (json-schema/skipped.ts); the analysis configuration's `shownWhen` keeps the question's
// condition only, so that analyze's set-based path can still judge the answered rule.
import type { Binding, Question, Survey } from '@survey/compiler';
import { andAll, type ExprJson } from './expr.ts';
import { optionFilters } from './option-filters.ts';
import { showCondition } from './visibility.ts';

/** The question's condition and, when every option is filtered, the options' conditions (any of them). */
export function askedWhen(q: Question, survey: Survey, binding: Binding): { show?: ExprJson; offered?: ExprJson[]; when?: ExprJson } {
  const show = showCondition(q, binding);
  const offered = everyOptionFiltered(q, survey, binding);
  const when = andAll([show, offered?.reduce((a, b): ExprJson => ({ type: 'binary', op: 'or', left: a, right: b }))]);
  return { show, offered, when };
}

/** The options' conditions when every option of the question has one, else undefined. */
function everyOptionFiltered(q: Question, survey: Survey, binding: Binding): ExprJson[] | undefined {
  const options = q.choices?.options ?? [];
  if (!options.length) return undefined;
  const filters = new Map(optionFilters(q, survey, binding).map((f) => [f.code, f.when]));
  const all = options.map((o) => filters.get(o.code));
  return all.every((f) => f !== undefined) ? (all as ExprJson[]) : undefined;
}
