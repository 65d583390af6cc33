// Cross-field checks (`check`) as JSON, for the compiled survey and the analysis
// configuration: the condition as an expression tree, the message in every language,
// the answers it reads and the question whose message slot shows it. Absent when none.
import type { Binding, Survey } from '@survey/compiler';
import { compact } from './json.ts';
import { ordered } from './texts.ts';
import { exprToJson } from './expr.ts';

export function checksJson(survey: Survey, binding: Binding) {
  if (!survey.checks.length) return undefined;
  return survey.checks.map((c) =>
    compact({ expr: exprToJson(c.expr, binding), message: ordered(c.message, survey.languages) ?? {}, items: c.items, anchor: c.anchor }),
  );
}
