// When the response schema treats a question as shown: its `when` (and its section's)
// and, when every one of its options has a choice filter (or is carried forward), "some
// option is offered" — a question none of whose options is offered is not asked (the
// form skips it), so a required one may then be absent and must be. Stated as one flat
// `anyOf` over the options' conditions, or not at all when one of them cannot be said in
// JSON Schema (the caller then leaves the check to the form with a comment).
import type { Binding, Question, Survey } from '@survey/compiler';
import { andAll, type ExprJson } from '../common/expr.ts';
import { optionFilters } from '../common/option-filters.ts';
import { showCondition } from '../common/visibility.ts';
import { conditionSchema, readsHidden } from './conditions.ts';

type Schema = Record<string, unknown>;

export interface Shown {
  /** The whole condition, for comments; undefined when the question is always shown. */
  when?: ExprJson;
  /** Whether it reads a hidden value (the rule then goes on the whole response). */
  root: boolean;
  /** The condition as a schema; undefined when it cannot be said. */
  shown?: Schema;
}

export function shownWhen(q: Question, survey: Survey, binding: Binding): Shown {
  const show = showCondition(q, binding);
  const offered = everyOptionFiltered(q, survey, binding);
  const when = andAll([show, offered?.reduce((a, b): ExprJson => ({ type: 'binary', op: 'or', left: a, right: b }))]);
  const root = !!when && readsHidden(when);
  if (!when) return { root };
  const showSchema = show ? conditionSchema(show, survey, root) : undefined;
  const offeredSchemas = offered?.map((f) => conditionSchema(f, survey, root));
  if ((show && !showSchema) || offeredSchemas?.some((s) => !s)) return { when, root };
  const anyOffered = offeredSchemas ? (offeredSchemas.length === 1 ? offeredSchemas[0] : { anyOf: offeredSchemas }) : undefined;
  const shown = showSchema && anyOffered ? { allOf: [showSchema, anyOffered] } : (showSchema ?? anyOffered);
  return { when, root, shown };
}

/** The options' conditions when every option of the question has one, else undefined. */
function everyOptionFiltered(q: Question, survey: Survey, binding: Binding): ExprJson[] | undefined {
  const options = q.choices?.options ?? [];
  if (!options.length) return undefined;
  const filters = new Map(optionFilters(q, survey, binding).map((f) => [f.code, f.when]));
  const all = options.map((o) => filters.get(o.code));
  return all.every((f) => f !== undefined) ? (all as ExprJson[]) : undefined;
}
