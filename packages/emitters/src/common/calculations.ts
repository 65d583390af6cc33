// Calculated values (`let`) as JSON, for the compiled survey and the analysis
// configuration: the formula as an expression tree, its type, the answers it reads
// and, when bounded, its range. Absent when the survey declares none.
import { calcType, rangeOf, type Binding, type Survey } from '@survey/compiler';
import { compact, round } from './json.ts';
import { ordered } from './texts.ts';
import { exprToJson } from './expr.ts';

export function calculationsJson(survey: Survey, binding: Binding) {
  if (!survey.calculations.size) return undefined;
  return [...survey.calculations.values()].map((c) =>
    compact({
      id: c.id,
      label: ordered(c.label, survey.languages),
      type: calcType(c.id, binding),
      expr: exprToJson(c.expr, binding),
      items: c.items,
      range: c.expr ? rangeOf(survey, c.expr)?.map((x) => round(x)) : undefined,
    }),
  );
}
