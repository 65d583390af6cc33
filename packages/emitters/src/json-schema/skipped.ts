// When the response schema treats a question as shown (common/shown.ts): its `when` and,
// when every option is filtered, "some option is offered" — so a required question none
// of whose options is offered may be absent, and must be. Stated as one flat `anyOf`
// over the options' conditions, or not at all when one of them cannot be said in JSON
// Schema (the caller then leaves the check to the form with a comment).
import type { Binding, Question, Survey } from '@survey/compiler';
import type { ExprJson } from '../common/expr.ts';
import { askedWhen } from '../common/shown.ts';
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
  const { show, offered, when } = askedWhen(q, survey, binding);
  const root = !!when && readsHidden(when);
  if (!when) return { root };
  const showSchema = show ? conditionSchema(show, survey, root) : undefined;
  const offeredSchemas = offered?.map((f) => conditionSchema(f, survey, root));
  if ((show && !showSchema) || offeredSchemas?.some((s) => !s)) return { when, root };
  const anyOffered = offeredSchemas ? (offeredSchemas.length === 1 ? offeredSchemas[0] : { anyOf: offeredSchemas }) : undefined;
  const shown = showSchema && anyOffered ? { allOf: [showSchema, anyOffered] } : (showSchema ?? anyOffered);
  return { when, root, shown };
}
