// When a question is shown: its section's `when` and its own, both over earlier
// answers. Semantics shared by the response schema, the HTML runtime and the analysis:
// a comparison with an unanswered item, or with a non-substantive (missing) code, is
// false; `not` negates; hidden questions count as unanswered.
import type { Binding, Question, Survey } from '@survey/compiler';
import { isRow } from '@survey/compiler';
import { andAll, exprToJson, type ExprJson } from './expr.ts';

export function showCondition(q: Question, binding: Binding): ExprJson | undefined {
  return andAll([q.section.when ? exprToJson(q.section.when, binding) : undefined, q.when ? exprToJson(q.when, binding) : undefined]);
}

/** The answer properties a question owns: its id, or its rows' ids for a matrix. */
export function answerNames(q: Question): string[] {
  return q.kind === 'matrix' ? q.rows.map((r) => r.id) : [q.id];
}

/** Whether a name is a set-valued answer (multi, ranking). */
export function isSetVariable(survey: Survey, name: string): boolean {
  const v = survey.variables.get(name);
  return !!v && !isRow(v) && (v.kind === 'multi' || v.kind === 'ranking');
}

/** Readable form of a condition for `$comment`s and documentation. */
export function exprText(e: ExprJson): string {
  switch (e.type) {
    case 'number':
      return String(e.value);
    case 'string':
      return JSON.stringify(e.value);
    case 'var':
    case 'hidden':
    case 'score':
    case 'calc':
    case 'scale':
    case 'section':
    case 'roster':
      return e.name;
    case 'code':
      return e.value;
    case 'unary':
      return e.op === 'not' ? `not (${exprText(e.operand)})` : `-${exprText(e.operand)}`;
    case 'binary':
      return `(${exprText(e.left)} ${e.op} ${exprText(e.right)})`;
    case 'call':
      return `${e.fn}(${e.args.map(exprText).join(', ')})`;
    case 'instances':
      return e.where ? `count(${e.roster} where ${exprText(e.where)})` : `count(${e.roster}.${e.answered ?? ''})`;
  }
}
