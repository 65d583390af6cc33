// When each option of a question is offered: its choice filter (`a "…" when x == 1`, on
// the question's own options or in the shared list it uses, evaluated for this question)
// or, for a carried-forward question (`from q3 selected` / `not selected`), whether it was
// chosen in the source question and offered there (the carried options keep the source's
// filters; `not selected`: offered there and not chosen). One tree per filtered option, in the semantics of
// every other condition (an unanswered source chooses nothing), for the response schema,
// the HTML runtime and the survey JSON.
import type { Binding, Question, Survey } from '@survey/compiler';
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
      // Chosen implies offered in the form; saying it also keeps the response schema from
      // accepting an option the source never offered (a filter the schema cannot say).
      if (q.carry!.selected) return { code: o.code, when: andAll([chosen, sourceFilters.get(o.code)])! };
      return { code: o.code, when: andAll([shown, sourceFilters.get(o.code), { type: 'unary', op: 'not', operand: chosen }])! };
    });
  }
  // Own options, or a shared list's (its filter is the same tree for every question using it).
  return (q.choices?.options ?? []).flatMap((o) => (o.when ? [{ code: o.code, when: exprToJson(o.when, binding) }] : []));
}
