// When each option of a question is offered: its own choice filter (`a "…" when x == 1`)
// or, for a carried-forward question (`from q3 selected` / `not selected`), whether it was
// chosen in the source question (`not selected`: offered there and not chosen). One tree per filtered option, in the semantics of
// every other condition (an unanswered source chooses nothing), for the response schema,
// the HTML runtime and the survey JSON.
import type { Binding, Question, Survey } from '@survey/compiler';
import { ownOptions } from '@survey/compiler';
import { andAll, exprToJson, type ExprJson } from './expr.ts';
import { showCondition } from './visibility.ts';

export interface OptionFilter {
  code: string | number;
  when: ExprJson;
}

export function optionFilters(q: Question, survey: Survey, binding: Binding): OptionFilter[] {
  if (q.carry) {
    const source = survey.variables.get(q.carry.source);
    if (!source || 'matrix' in source) return [];
    const op = source.kind === 'multi' ? 'has' : '==';
    // `not selected`: offered in the source (shown, past its own filter) and not chosen there.
    const shown = showCondition(source, binding);
    const sourceFilters = new Map(optionFilters(source, survey, binding).map((f) => [f.code, f.when]));
    return (q.choices?.options ?? []).map((o) => {
      const chosen: ExprJson = {
        type: 'binary',
        op,
        left: { type: 'var', name: source.id },
        right: typeof o.code === 'number' ? { type: 'number', value: o.code } : { type: 'code', value: o.code },
      };
      if (q.carry!.selected) return { code: o.code, when: chosen };
      return { code: o.code, when: andAll([shown, sourceFilters.get(o.code), { type: 'unary', op: 'not', operand: chosen }])! };
    });
  }
  return ownOptions(q).flatMap((o) => (o.when ? [{ code: o.code, when: exprToJson(o.when, binding) }] : []));
}
