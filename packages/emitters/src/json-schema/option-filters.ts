// Choice filters and carry-forward in the response schema: an option offered only while a
// condition holds may not be in the answer when the condition is false. Said as
// `if: <offered> else: <not chosen>` when the condition can be said in JSON Schema (a
// carry-forward always can: it reads one earlier choice); otherwise a `$comment` on
// the answer, and the form checks it.
import type { Binding, Question, Survey } from '@survey/compiler';
import { optionFilters } from '../common/option-filters.ts';
import { exprText } from '../common/visibility.ts';
import { conditionSchema, readsHidden } from './conditions.ts';

type Schema = Record<string, unknown>;

export function optionRules(
  q: Question,
  survey: Survey,
  binding: Binding,
  properties: Record<string, Schema>,
  rules: Schema[],
  rootRules: Schema[],
): void {
  const set = q.kind === 'multi' || q.kind === 'ranking';
  const unsaid: string[] = [];
  for (const f of optionFilters(q, survey, binding)) {
    const root = readsHidden(f.when);
    const offered = conditionSchema(f.when, survey, root);
    if (!offered) {
      unsaid.push(`${f.code} only when ${exprText(f.when)}`);
      continue;
    }
    const notChosen = set ? { not: { type: 'array', contains: { const: f.code } } } : { not: { const: f.code } };
    const answer = { properties: { [q.id]: notChosen } };
    if (root) rootRules.push({ if: offered, else: { properties: { answers: { type: 'object', ...answer } } } });
    else rules.push({ if: offered, else: answer });
  }
  if (unsaid.length && properties[q.id]) {
    const note = `options offered only under a condition the form checks: ${unsaid.join('; ')}`;
    const before = properties[q.id].$comment;
    properties[q.id].$comment = typeof before === 'string' ? `${before}; ${note}` : note;
  }
}
