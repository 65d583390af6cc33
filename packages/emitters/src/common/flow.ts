// The survey's flow as JSON, for the compiled survey and the analysis configuration:
// page breaks (each split section's page starts), screen-outs (message, condition, the
// answers read, where they stand), end screens, randomised sections and shuffle groups.
// Absent when the survey uses none of them.
import { pageStarts, type Binding, type Survey } from '@survey/compiler';
import { compact } from './json.ts';
import { ordered } from './texts.ts';
import { exprToJson } from './expr.ts';

export function flowJson(survey: Survey, binding: Binding) {
  const f = survey.flow;
  const L = survey.languages;
  const pages = survey.sections
    .map((s) => ({ section: s.id, starts: pageStarts(f, s.id, s.questions.length) }))
    .filter((p) => p.starts.length > 1);
  const out = compact({
    pages: pages.length ? pages : undefined,
    screenOuts: f.screenOuts.length
      ? f.screenOuts.map((x) =>
          compact({
            id: x.id,
            message: ordered(x.message, L) ?? {},
            expr: exprToJson(x.when, binding),
            items: x.items,
            section: x.section,
            after: x.after,
          }),
        )
      : undefined,
    ends: f.ends.length
      ? f.ends.map((x) =>
          compact({ id: x.id, text: ordered(x.text, L) ?? {}, expr: x.when ? exprToJson(x.when, binding) : undefined, items: x.items }),
        )
      : undefined,
    randomSections: f.randomSections.length ? f.randomSections : undefined,
    groups: f.groups.length ? f.groups.map((g) => ({ id: g.id, sections: g.sections, fixed: g.fixed })) : undefined,
  });
  return Object.keys(out).length ? out : undefined;
}
