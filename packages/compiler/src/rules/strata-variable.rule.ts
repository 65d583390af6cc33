// SVY2031 / SVY2032: a stratification linked to a hidden variable (`strata size by
// size { … }`). The variable must come from a choice list whose codes are the strata
// ids, so that every response falls into exactly one stratum (error when a stratum
// is not a code); a code without a stratum is a warning (its responses get no weight).
import { defineRule } from './rule.ts';

export default defineRule({
  name: 'strata-variable',
  diagnostics: [
    {
      code: 'SVY2031',
      name: 'strata-variable-mismatch',
      severity: 'error',
      message: {
        notFromList:
          "'{id}' is a hidden {type} variable; a stratification needs one from a choice list whose codes are the strata (`hidden {id} from {strata}_codes`).",
        notACode:
          "Stratum '{stratum}' is not a code of '{list}', the list of '{id}' (codes: {codes}). No response can fall into it: rename the stratum or add the code.",
      },
      docs: {
        summary:
          'A stratification is linked (`by`) to a hidden variable that is not from a choice list, or it has a stratum that is not a code of that list.',
        rationale:
          'Design weights are assigned per stratum from the hidden value each response carries; a stratum no response can carry gets no data.',
        bad: 'choices sizes { large "大型" medium "中型" }\nhidden size from sizes\nsample { population 500 strata size by size { large 100 small 400 } }',
        good: 'choices sizes { large "大型" small "小型" }\nhidden size from sizes\nsample { population 500 strata size by size { large 100 small 400 } }',
      },
    },
    {
      code: 'SVY2032',
      name: 'strata-code-uncovered',
      severity: 'warning',
      message:
        "Code '{code}' of '{list}' has no stratum in '{strata}'. Responses with {variable} = {code} would get no design weight: add a stratum '{code}' or remove the code.",
      docs: {
        summary: "A code of the linked hidden variable's list has no stratum in the stratification.",
        bad: 'choices sizes { large "大型" medium "中型" small "小型" }\nhidden size from sizes\nsample { population 500 strata size by size { large 100 small 400 } }',
        good: 'choices sizes { large "大型" small "小型" }\nhidden size from sizes\nsample { population 500 strata size by size { large 100 small 400 } }',
      },
    },
  ],
  check(ctx) {
    const survey = ctx.survey;
    for (const strat of survey?.sample?.stratifications ?? []) {
      const ref = strat.node.variable;
      const h = strat.variable ? survey!.hidden.get(strat.variable) : undefined;
      if (!ref || !h) continue; // unknown names are SVY2002
      if (!h.choices) {
        if (!h.node.from)
          ctx.report({
            code: 'SVY2031',
            file: survey!.file,
            range: ref.range,
            messageId: 'notFromList',
            args: { id: h.id, type: h.type, strata: strat.id },
          });
        continue;
      }
      const codes = new Set(h.choices.options.map((o) => String(o.code)));
      for (const s of strat.strata) {
        if (codes.has(s.id)) continue;
        ctx.report({
          code: 'SVY2031',
          file: survey!.file,
          range: s.node.id.range,
          messageId: 'notACode',
          args: { stratum: s.id, list: h.choices.id, id: h.id, codes: [...codes].join(', ') },
        });
      }
      const ids = new Set(strat.strata.map((s) => s.id));
      for (const o of h.choices.options) {
        if (ids.has(String(o.code))) continue;
        ctx.report({
          code: 'SVY2032',
          file: survey!.file,
          range: strat.node.id?.range ?? strat.node.range,
          args: { code: String(o.code), list: h.choices.id, strata: strat.id, variable: h.id },
        });
      }
    }
  },
});
